import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { channelKeys } from './keys';

export type WriteCostNoteInput = BodyOf<'/api/logistics/costs/notes', 'post'>;
export type CostNote = ResponseOf<'/api/logistics/costs/notes', 'post', 201>;

export const writeCostNote = ({ body, idempotencyKey }: { body: WriteCostNoteInput; idempotencyKey: string }): Promise<CostNote> =>
  send(api.POST('/api/logistics/costs/notes', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useWriteCostNote = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof writeCostNote> } = {}) =>
  useApiMutation(writeCostNote, [channelKeys.costs()], mutationConfig);
