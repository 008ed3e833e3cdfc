import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { answerKeys } from './keys';

export type StandardAnswerDetails = ResponseOf<'/api/service/answers/{id}', 'get'>;
export type AnswerHistory = ResponseOf<'/api/service/answers/{id}/history', 'get'>;

export const getAnswer = (id: string): Promise<StandardAnswerDetails> => send(api.GET('/api/service/answers/{id}', { params: { path: { id } } }));

export const useAnswer = (id: string) => useQuery(queryOptions({ queryKey: answerKeys.detail(id), queryFn: () => getAnswer(id) }));

export const useAnswerHistory = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: answerKeys.history(id),
      queryFn: (): Promise<AnswerHistory> => send(api.GET('/api/service/answers/{id}/history', { params: { path: { id } } })),
    }),
  );
