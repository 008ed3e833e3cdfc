import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/react-query';

import type { ListingDetails } from './get-listing';
import { listingKeys } from './keys';

/**
 * A write on one listing: the answer (the listing as it is now, with its new version) replaces the cached one at once,
 * then the listing's own queries (quality, versions, history) and every list are fetched again.
 */
export function useListingMutation<Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<ListingDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<ListingDetails>>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig;
  return useMutation({
    ...rest,
    mutationFn,
    onSuccess: async (listing, ...args) => {
      queryClient.setQueryData(listingKeys.detail(listing.id), listing);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: listingKeys.detail(listing.id) }),
        queryClient.invalidateQueries({ queryKey: listingKeys.lists() }),
      ]);
      await onSuccess?.(listing, ...args);
    },
  });
}
