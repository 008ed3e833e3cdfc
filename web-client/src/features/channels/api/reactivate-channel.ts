import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useChannelMutation } from './channel-mutation';
import type { ChannelDetails } from './get-channel';

export type ReactivateChannelInput = BodyOf<'/api/logistics/channels/{id}/reactivate', 'post'>;

export const reactivateChannel = ({ id, version, body }: { id: string; version: number; body: ReactivateChannelInput }): Promise<ChannelDetails> =>
  send(api.POST('/api/logistics/channels/{id}/reactivate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useReactivateChannel = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reactivateChannel> } = {}) =>
  useChannelMutation(reactivateChannel, mutationConfig);
