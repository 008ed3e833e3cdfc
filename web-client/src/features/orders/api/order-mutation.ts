import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { OrderDetails } from './get-order';
import { orderKeys } from './keys';

/** A write on one order: the answer replaces the cached order; its timeline and every list are fetched again. */
export const useOrderMutation = <Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<OrderDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<OrderDetails>>, 'mutationFn'> = {},
) => useRecordMutation(mutationFn, { detail: orderKeys.detail, refresh: (o) => [orderKeys.detail(o.id), orderKeys.lists()] }, mutationConfig);
