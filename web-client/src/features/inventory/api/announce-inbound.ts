import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { InventoryRow } from './get-inventory';
import { inventoryKeys } from './keys';

export type AnnounceInboundInput = BodyOf<'/api/logistics/inventory/inbound', 'post'>;
/** The SKU's stock in the warehouse after the announcement. */
export type AnnouncedInbound = InventoryRow;

export const announceInbound = async (body: AnnounceInboundInput): Promise<AnnouncedInbound> =>
  (await send(api.POST('/api/logistics/inventory/inbound', { body }))) as AnnouncedInbound;

export const useAnnounceInbound = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof announceInbound> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: announceInbound,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
      await onSuccess?.(...args);
    },
  });
};
