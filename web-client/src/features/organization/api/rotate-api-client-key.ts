import { api, ifMatch, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type RotatedKey = ResponseOf<'/api/org/api-clients/{id}/rotate', 'post'>;

export const rotateApiClientKey = ({ id, version }: { id: string; version: number }): Promise<RotatedKey> =>
  send(api.POST('/api/org/api-clients/{id}/rotate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useRotateApiClientKey = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof rotateApiClientKey> } = {}) =>
  useApiMutation(rotateApiClientKey, [orgKeys.apiClients()], mutationConfig);
