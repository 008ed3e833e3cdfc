import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import type { ReimbursementDetails } from './get-reimbursement';
import { useReimbursementMutation } from './reimbursement-mutation';

export const closeReimbursement = ({ id, version, note }: { id: string; version: number; note: string | null }): Promise<ReimbursementDetails> =>
  send(api.POST('/api/logistics/reimbursements/{id}/close', { body: { note }, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useCloseReimbursement = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof closeReimbursement> } = {}) =>
  useReimbursementMutation(closeReimbursement, mutationConfig);
