import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useChannelMutation } from './channel-mutation';
import type { ChannelDetails } from './get-channel';

export type ChangeChannelInput = BodyOf<'/api/logistics/channels/{id}', 'put'>;

export const changeChannel = ({ id, version, body }: { id: string; version: number; body: ChangeChannelInput }): Promise<ChannelDetails> =>
  send(api.PUT('/api/logistics/channels/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useChangeChannel = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof changeChannel> } = {}) =>
  useChannelMutation(changeChannel, mutationConfig);
