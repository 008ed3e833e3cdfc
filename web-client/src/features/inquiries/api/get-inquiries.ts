import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { inquiryKeys } from './keys';

export type InquiriesQuery = QueryOf<'/api/service/inquiries', 'get'>;
export type InquiriesPage = ResponseOf<'/api/service/inquiries', 'get'>;
export type Inquiry = InquiriesPage['items'][number];
export type InquiryStatus = Inquiry['status'];
export type InquiryChannel = Inquiry['channel'];
export type InquiryTopic = Inquiry['message']['topic'];
export type ResponseDeadlineState = Inquiry['deadlineState'];

export const inquiryStatuses: readonly InquiryStatus[] = ['Open', 'Responded', 'Resolved', 'Closed'];
export const inquiryChannels: readonly InquiryChannel[] = ['AmazonBuyerMessage', 'Email', 'Chat', 'Phone'];
export const inquiryTopics: readonly InquiryTopic[] = ['Product', 'OrderStatus', 'Shipping', 'Return', 'Other'];
export const responseDeadlineStates: readonly ResponseDeadlineState[] = ['Running', 'Warned', 'Breached', 'Met'];

export const getInquiries = (query: InquiriesQuery): Promise<InquiriesPage> =>
  send(api.GET('/api/service/inquiries', { params: { query } }));

export const getInquiriesQueryOptions = (query: InquiriesQuery) =>
  queryOptions({ queryKey: [...inquiryKeys.lists(), query], queryFn: () => getInquiries(query), placeholderData: keepPreviousData });

type UseInquiriesOptions = { query: InquiriesQuery; queryConfig?: QueryConfig<typeof getInquiriesQueryOptions> };

export const useInquiries = ({ query, queryConfig }: UseInquiriesOptions) => useQuery({ ...getInquiriesQueryOptions(query), ...queryConfig });
