import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { useListingMutation } from './listing-mutation';

export type DelistListingInput = BodyOf<'/api/listing/listings/{id}/delist', 'post'>;

export const delistListing = ({ id, version, body }: { id: string; version: number; body: DelistListingInput }): Promise<ListingDetails> =>
  send(api.POST('/api/listing/listings/{id}/delist', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useDelistListing = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof delistListing> } = {}) =>
  useListingMutation(delistListing, mutationConfig);
