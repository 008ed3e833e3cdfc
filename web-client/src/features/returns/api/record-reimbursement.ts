import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ReimbursementDetails } from './get-reimbursement';
import { useReimbursementMutation } from './reimbursement-mutation';

export const recordReimbursement = ({ id, version, amount }: { id: string; version: number; amount: { amount: number; currency: string } }): Promise<ReimbursementDetails> =>
  send(api.POST('/api/logistics/reimbursements/{id}/reimburse', { body: { amount }, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useRecordReimbursement = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recordReimbursement> } = {}) =>
  useReimbursementMutation(recordReimbursement, mutationConfig);
