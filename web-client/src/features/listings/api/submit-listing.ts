import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { useListingMutation } from './listing-mutation';

/** Sends a draft or revised listing for platform review; the server runs the quality gate first. */
export const submitListing = ({ id, version }: { id: string; version: number }): Promise<ListingDetails> =>
  send(api.POST('/api/listing/listings/{id}/submit', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useSubmitListing = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof submitListing> } = {}) =>
  useListingMutation(submitListing, mutationConfig);
