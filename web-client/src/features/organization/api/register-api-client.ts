import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type RegisterApiClientInput = BodyOf<'/api/org/api-clients', 'post'>;
/** The client and its key: the only response that ever carries the key. */
export type ApiClientWithKey = ResponseOf<'/api/org/api-clients', 'post', 201>;

export const registerApiClient = ({ body }: { body: RegisterApiClientInput }): Promise<ApiClientWithKey> =>
  send(api.POST('/api/org/api-clients', { body }));

export const useRegisterApiClient = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof registerApiClient> } = {}) =>
  useApiMutation(registerApiClient, [orgKeys.apiClients()], mutationConfig);
