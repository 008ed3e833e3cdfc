import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ReimbursementDetails } from './get-reimbursement';
import { useReimbursementMutation } from './reimbursement-mutation';

export const rejectReimbursement = ({ id, version, reason }: { id: string; version: number; reason: string }): Promise<ReimbursementDetails> =>
  send(api.POST('/api/logistics/reimbursements/{id}/reject', { body: { reason }, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useRejectReimbursement = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof rejectReimbursement> } = {}) =>
  useReimbursementMutation(rejectReimbursement, mutationConfig);
