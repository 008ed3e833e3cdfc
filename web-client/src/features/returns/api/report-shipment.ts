import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { reimbursementKeys } from './keys';

export type ShipmentReport = BodyOf<'/api/logistics/reimbursements/shipment-reports', 'post'>;
export type ShipmentReconciliation = ResponseOf<'/api/logistics/reimbursements/shipment-reports', 'post', 201>;

/**
 * An FBA inbound shipment as the fulfilment centre received it: every SKU received short gets a case for its shortfall.
 * The same report again opens nothing new and answers the same cases.
 */
export const reportShipmentReceived = (body: ShipmentReport): Promise<ShipmentReconciliation> =>
  send(api.POST('/api/logistics/reimbursements/shipment-reports', { body }));

export const useReportShipmentReceived = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reportShipmentReceived> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: reportShipmentReceived,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: reimbursementKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
