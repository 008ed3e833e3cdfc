import { api, ifMatch, send } from '@/lib/api/client';
import type { MutationConfig } from '@/lib/react-query';

import { useChannelMutation } from './channel-mutation';
import type { ChannelDetails } from './get-channel';

export const deactivateChannel = ({ id, version, reason }: { id: string; version: number; reason: string }): Promise<ChannelDetails> =>
  send(api.POST('/api/logistics/channels/{id}/deactivate', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: { reason } }));

export const useDeactivateChannel = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof deactivateChannel> } = {}) =>
  useChannelMutation(deactivateChannel, mutationConfig);
