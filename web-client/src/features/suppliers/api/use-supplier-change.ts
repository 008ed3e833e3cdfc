import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { SupplierDetails } from './get-supplier';
import { supplierKeys } from './keys';

type Change<V> = (variables: V) => Promise<SupplierDetails>;

/** A change of one supplier: the answer replaces the detail on screen; the lists, warnings and history are fetched again. */
export const useSupplierChange = <V,>(change: Change<V>, mutationConfig?: MutationConfig<Change<V>>) =>
  useRecordMutation(
    change,
    { detail: supplierKeys.detail, refresh: (s) => [supplierKeys.lists(), supplierKeys.allWarnings(), supplierKeys.history(s.id)] },
    mutationConfig,
  );
