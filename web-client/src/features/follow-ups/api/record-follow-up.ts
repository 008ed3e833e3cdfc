import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { FollowUpPlanDetails } from './get-plan';
import { followUpKeys } from './keys';

export type FollowUpInput = BodyOf<'/api/service/follow-up-plans/{id}/follow-ups', 'post'>;

/** A customer followed up, now; a suggestion becomes a feedback item in the same step. */
export const recordFollowUp = ({ id, version, body }: { id: string; version: number; body: FollowUpInput }): Promise<FollowUpPlanDetails> =>
  send(api.POST('/api/service/follow-up-plans/{id}/follow-ups', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRecordFollowUp = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recordFollowUp> } = {}) =>
  useRecordMutation(
    recordFollowUp,
    { detail: followUpKeys.detail, refresh: (p) => [followUpKeys.history(p.id), followUpKeys.lists(), ['service', 'feedback']] },
    mutationConfig,
  );
