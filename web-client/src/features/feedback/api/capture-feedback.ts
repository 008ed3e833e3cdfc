import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { feedbackKeys } from './keys';

export type CaptureFeedbackInput = BodyOf<'/api/service/feedback', 'post'>;
export type FeedbackDetails = ResponseOf<'/api/service/feedback/{id}', 'get'>;

/** `idempotencyKey` is minted once per form: a retried submission cannot capture the feedback twice. */
export const captureFeedback = ({ body, idempotencyKey }: { body: CaptureFeedbackInput; idempotencyKey: string }): Promise<FeedbackDetails> =>
  send(api.POST('/api/service/feedback', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useCaptureFeedback = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof captureFeedback> } = {}) =>
  useApiMutation(captureFeedback, [feedbackKeys.all], mutationConfig);
