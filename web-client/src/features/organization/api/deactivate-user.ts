import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type DeactivateUserInput = BodyOf<'/api/org/users/{id}/deactivate', 'post'>;

export const deactivateUser = ({ id, version, body }: { id: string; version: number; body: DeactivateUserInput })
  : Promise<ResponseOf<'/api/org/users/{id}/deactivate', 'post'>> =>
  send(api.POST('/api/org/users/{id}/deactivate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useDeactivateUser = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deactivateUser> } = {}) =>
  useApiMutation(deactivateUser, [orgKeys.users()], mutationConfig);
