import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { inquiryKeys } from './keys';

export type InquiryHistory = ResponseOf<'/api/service/inquiries/{id}/history', 'get'>;

export const getInquiryHistory = (id: string): Promise<InquiryHistory> =>
  send(api.GET('/api/service/inquiries/{id}/history', { params: { path: { id } } }));

export const useInquiryHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: inquiryKeys.history(id), queryFn: () => getInquiryHistory(id) }));
