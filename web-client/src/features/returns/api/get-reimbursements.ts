import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { reimbursementKeys } from './keys';

export type ReimbursementsQuery = QueryOf<'/api/logistics/reimbursements', 'get'>;
export type ReimbursementsPage = ResponseOf<'/api/logistics/reimbursements', 'get'>;
export type ReimbursementCase = ReimbursementsPage['items'][number];
export type ReimbursementStatus = ReimbursementCase['status'];
export type ReimbursementKind = ReimbursementCase['kind'];

export const reimbursementStatuses: readonly ReimbursementStatus[] = ['Open', 'Submitted', 'Reimbursed', 'Rejected', 'Closed'];
export const reimbursementKinds: readonly ReimbursementKind[] = ['InboundShortfall', 'Lost', 'Damaged'];

export const getReimbursements = (query: ReimbursementsQuery): Promise<ReimbursementsPage> =>
  send(api.GET('/api/logistics/reimbursements', { params: { query } }));

export const useReimbursements = (query: ReimbursementsQuery) =>
  useQuery(queryOptions({ queryKey: [...reimbursementKeys.lists(), query], queryFn: () => getReimbursements(query), placeholderData: keepPreviousData }));
