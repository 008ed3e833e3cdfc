import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { feedbackKeys } from './keys';

export type FeedbackQuery = QueryOf<'/api/service/feedback', 'get'>;
export type FeedbackPage = ResponseOf<'/api/service/feedback', 'get'>;
export type FeedbackItem = FeedbackPage['items'][number];
export type FeedbackStatus = FeedbackItem['status'];
export type FeedbackCategory = FeedbackItem['category'];
export type FeedbackSource = FeedbackItem['source'];

export const feedbackStatuses: readonly FeedbackStatus[] = ['Captured', 'Routed', 'Done', 'Dismissed'];
export const feedbackCategories: readonly FeedbackCategory[] = ['ProductQuality', 'Packaging', 'ListingAccuracy', 'Shipping', 'Service', 'Price'];
export const feedbackSources: readonly FeedbackSource[] = ['Inquiry', 'Complaint', 'Review', 'FollowUp', 'Other'];
/** The departments feedback is usually routed to (the server takes any department code). */
export const departments = ['product', 'listing', 'logistics', 'service', 'finance'] as const;

export const getFeedback = (query: FeedbackQuery): Promise<FeedbackPage> => send(api.GET('/api/service/feedback', { params: { query } }));

export const useFeedback = (query: FeedbackQuery) =>
  useQuery(queryOptions({ queryKey: [...feedbackKeys.lists(), query], queryFn: () => getFeedback(query), placeholderData: keepPreviousData }));
