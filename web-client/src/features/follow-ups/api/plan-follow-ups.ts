import { api, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import type { FollowUpPlanDetails } from './get-plan';
import { followUpKeys } from './keys';

export type PlanInput = BodyOf<'/api/service/follow-up-plans', 'post'>;

/** An agent's plan for a month. `idempotencyKey` is minted once per form. */
export const planFollowUps = ({ body, idempotencyKey }: { body: PlanInput; idempotencyKey: string }): Promise<FollowUpPlanDetails> =>
  send(api.POST('/api/service/follow-up-plans', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const usePlanFollowUps = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof planFollowUps> } = {}) =>
  useApiMutation(planFollowUps, [followUpKeys.lists()], mutationConfig);
