import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { useListingMutation } from './listing-mutation';

export type SuppressListingInput = BodyOf<'/api/listing/listings/{id}/suppress', 'post'>;

export const suppressListing = ({ id, version, body }: { id: string; version: number; body: SuppressListingInput }): Promise<ListingDetails> =>
  send(api.POST('/api/listing/listings/{id}/suppress', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useSuppressListing = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof suppressListing> } = {}) =>
  useListingMutation(suppressListing, mutationConfig);
