import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { listingKeys } from './keys';

export type CreateListingInput = BodyOf<'/api/listing/listings', 'post'>;
export type CreatedListing = ResponseOf<'/api/listing/listings', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot draft the listing twice. */
export const createListing = ({ body, idempotencyKey }: { body: CreateListingInput; idempotencyKey: string }): Promise<CreatedListing> =>
  send(api.POST('/api/listing/listings', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useCreateListing = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createListing> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: createListing,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: listingKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
