import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { inquiryKeys } from './keys';

export type InquiryDetails = ResponseOf<'/api/service/inquiries/{id}', 'get'>;

export const getInquiry = (id: string): Promise<InquiryDetails> =>
  send(api.GET('/api/service/inquiries/{id}', { params: { path: { id } } }));

export const useInquiry = (id: string) => useQuery(queryOptions({ queryKey: inquiryKeys.detail(id), queryFn: () => getInquiry(id) }));
