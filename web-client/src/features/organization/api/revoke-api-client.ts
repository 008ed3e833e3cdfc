import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type RevokeApiClientInput = BodyOf<'/api/org/api-clients/{id}/revoke', 'post'>;

export const revokeApiClient = ({ id, version, body }: { id: string; version: number; body: RevokeApiClientInput })
  : Promise<ResponseOf<'/api/org/api-clients/{id}/revoke', 'post'>> =>
  send(api.POST('/api/org/api-clients/{id}/revoke', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRevokeApiClient = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof revokeApiClient> } = {}) =>
  useApiMutation(revokeApiClient, [orgKeys.apiClients()], mutationConfig);
