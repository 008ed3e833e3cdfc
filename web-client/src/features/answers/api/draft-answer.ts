import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import type { StandardAnswerDetails } from './get-answer';
import { answerKeys } from './keys';

export type AnswerWords = BodyOf<'/api/service/answers', 'post'>;

/** A new answer, drafted as version 1. `idempotencyKey` is minted once per form. */
export const draftAnswer = ({ body, idempotencyKey }: { body: AnswerWords; idempotencyKey: string }): Promise<StandardAnswerDetails> =>
  send(api.POST('/api/service/answers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useDraftAnswer = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof draftAnswer> } = {}) =>
  useApiMutation(draftAnswer, [answerKeys.lists()], mutationConfig);
