import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type ChangeUserRolesInput = BodyOf<'/api/org/users/{id}/roles', 'put'>;

/** Sends the version the person saw: if someone changed the account meanwhile, the server answers 412. */
export const changeUserRoles = ({ id, version, body }: { id: string; version: number; body: ChangeUserRolesInput })
  : Promise<ResponseOf<'/api/org/users/{id}/roles', 'put'>> =>
  send(api.PUT('/api/org/users/{id}/roles', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useChangeUserRoles = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof changeUserRoles> } = {}) =>
  useApiMutation(changeUserRoles, [orgKeys.users()], mutationConfig);
