import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { ReimbursementDetails } from './get-reimbursement';
import { reimbursementKeys } from './keys';

/** A write on one case: the answer replaces the cached case; its history and every list are fetched again. */
export const useReimbursementMutation = <Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<ReimbursementDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<ReimbursementDetails>>, 'mutationFn'> = {},
) =>
  useRecordMutation(mutationFn, { detail: reimbursementKeys.detail, refresh: (c) => [reimbursementKeys.history(c.id), reimbursementKeys.lists()] }, mutationConfig);
