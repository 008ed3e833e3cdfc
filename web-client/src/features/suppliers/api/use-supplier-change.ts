import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { MutationConfig } from '@/lib/react-query';

import type { SupplierDetails } from './get-supplier';
import { supplierKeys } from './keys';

type Change<V> = (variables: V) => Promise<SupplierDetails>;

/**
 * A change of one supplier answers with the supplier as it now is: that answer replaces the detail on
 * screen (with its new version), and the lists, warnings and history are fetched again.
 */
export function useSupplierChange<V>(change: Change<V>, mutationConfig?: MutationConfig<Change<V>>) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: change,
    onSuccess: async (...args) => {
      const [supplier] = args;
      queryClient.setQueryData(supplierKeys.detail(supplier.id), supplier);
      await queryClient.invalidateQueries({
        queryKey: supplierKeys.all,
        predicate: (query) => query.queryKey[2] !== 'detail' || query.queryKey[3] !== supplier.id,
      });
      await onSuccess?.(...args);
    },
  });
}
