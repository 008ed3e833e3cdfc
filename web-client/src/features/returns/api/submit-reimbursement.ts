import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ReimbursementDetails } from './get-reimbursement';
import { useReimbursementMutation } from './reimbursement-mutation';

export const submitReimbursement = ({ id, version, amazonCaseId }: { id: string; version: number; amazonCaseId: string | null }): Promise<ReimbursementDetails> =>
  send(api.POST('/api/logistics/reimbursements/{id}/submit', { body: { amazonCaseId }, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useSubmitReimbursement = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof submitReimbursement> } = {}) =>
  useReimbursementMutation(submitReimbursement, mutationConfig);
