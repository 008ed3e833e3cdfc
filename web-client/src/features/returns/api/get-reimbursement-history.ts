import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { reimbursementKeys } from './keys';

export type ReimbursementHistory = ResponseOf<'/api/logistics/reimbursements/{id}/history', 'get'>;

export const getReimbursementHistory = (id: string): Promise<ReimbursementHistory> =>
  send(api.GET('/api/logistics/reimbursements/{id}/history', { params: { path: { id } } }));

export const useReimbursementHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: reimbursementKeys.history(id), queryFn: () => getReimbursementHistory(id) }));
