import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { reimbursementKeys } from './keys';

export type ReimbursementDetails = ResponseOf<'/api/logistics/reimbursements/{id}', 'get'>;

export const getReimbursement = (id: string): Promise<ReimbursementDetails> =>
  send(api.GET('/api/logistics/reimbursements/{id}', { params: { path: { id }, query: {} } }));

export const useReimbursement = (id: string) => useQuery(queryOptions({ queryKey: reimbursementKeys.detail(id), queryFn: () => getReimbursement(id) }));
