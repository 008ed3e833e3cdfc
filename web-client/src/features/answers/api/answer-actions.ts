import { api, ifMatch, send } from '@/lib/api/client';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { AnswerWords } from './draft-answer';
import type { StandardAnswerDetails } from './get-answer';
import { answerKeys } from './keys';

// An answer's changes, one function and hook each: every one answers the answer as it is after it.

type OnAnswer = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });
const refresh = { detail: answerKeys.detail, refresh: (a: StandardAnswerDetails) => [answerKeys.history(a.id), answerKeys.lists()] };

/** New words: a draft changes in place, an approved answer gets a pending draft while the approved words stay citable. */
export const editAnswer = ({ id, version, body }: OnAnswer & { body: AnswerWords }): Promise<StandardAnswerDetails> =>
  send(api.PUT('/api/service/answers/{id}', { params: path(id, version), body }));
export const useEditAnswer = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof editAnswer> } = {}) =>
  useRecordMutation(editAnswer, refresh, mutationConfig);

export const approveAnswer = ({ id, version }: OnAnswer): Promise<StandardAnswerDetails> =>
  send(api.POST('/api/service/answers/{id}/approve', { params: path(id, version) }));
export const useApproveAnswer = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveAnswer> } = {}) =>
  useRecordMutation(approveAnswer, refresh, mutationConfig);

export const retireAnswer = ({ id, version, reason }: OnAnswer & { reason: string }): Promise<StandardAnswerDetails> =>
  send(api.POST('/api/service/answers/{id}/retire', { params: path(id, version), body: { reason } }));
export const useRetireAnswer = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof retireAnswer> } = {}) =>
  useRecordMutation(retireAnswer, refresh, mutationConfig);
