import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { listingKeys } from './keys';

/** A write on one listing: the answer replaces the cached listing; its own queries (quality, versions, history) and every list are fetched again. */
export const useListingMutation = <Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<ListingDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<ListingDetails>>, 'mutationFn'> = {},
) => useRecordMutation(mutationFn, { detail: listingKeys.detail, refresh: (l) => [listingKeys.detail(l.id), listingKeys.lists()] }, mutationConfig);
