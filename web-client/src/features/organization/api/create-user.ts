import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type CreateUserInput = BodyOf<'/api/org/users', 'post'>;
export type CreatedUser = ResponseOf<'/api/org/users', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot create the user twice. */
export const createUser = ({ body, idempotencyKey }: { body: CreateUserInput; idempotencyKey: string }): Promise<CreatedUser> =>
  send(api.POST('/api/org/users', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useCreateUser = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof createUser> } = {}) =>
  useApiMutation(createUser, [orgKeys.users()], mutationConfig);
