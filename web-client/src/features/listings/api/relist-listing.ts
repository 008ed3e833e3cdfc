import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { useListingMutation } from './listing-mutation';

/** Sends a suppressed or delisted listing to the platform again, through the same quality gate as a submission. */
export const relistListing = ({ id, version }: { id: string; version: number }): Promise<ListingDetails> =>
  send(api.POST('/api/listing/listings/{id}/relist', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useRelistListing = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof relistListing> } = {}) =>
  useListingMutation(relistListing, mutationConfig);
