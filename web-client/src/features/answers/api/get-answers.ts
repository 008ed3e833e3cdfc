import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { answerKeys } from './keys';

export type AnswersQuery = QueryOf<'/api/service/answers', 'get'>;
export type AnswersPage = ResponseOf<'/api/service/answers', 'get'>;
export type StandardAnswer = AnswersPage['items'][number];
export type AnswerStatus = StandardAnswer['status'];
export type AnswerCategory = StandardAnswer['category'];

export const answerStatuses: readonly AnswerStatus[] = ['Draft', 'Approved', 'Retired'];
export const answerCategories: readonly AnswerCategory[] = ['Product', 'OrderStatus', 'Shipping', 'Return', 'Other'];

export const getAnswers = (query: AnswersQuery): Promise<AnswersPage> => send(api.GET('/api/service/answers', { params: { query } }));

export const useAnswers = (query: AnswersQuery) =>
  useQuery(queryOptions({ queryKey: [...answerKeys.lists(), query], queryFn: () => getAnswers(query), placeholderData: keepPreviousData }));
