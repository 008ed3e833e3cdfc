import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { ReturnDetails } from './get-return';
import { returnKeys } from './keys';

/** A write on one return: the answer replaces the cached return; its history and every list are fetched again. */
export const useReturnMutation = <Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<ReturnDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<ReturnDetails>>, 'mutationFn'> = {},
) => useRecordMutation(mutationFn, { detail: returnKeys.detail, refresh: (r) => [returnKeys.history(r.id), returnKeys.lists()] }, mutationConfig);
