import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { channelKeys } from './keys';

export type ChannelHistory = ResponseOf<'/api/logistics/channels/{id}/history', 'get'>;

export const getChannelHistory = (id: string): Promise<ChannelHistory> =>
  send(api.GET('/api/logistics/channels/{id}/history', { params: { path: { id } } }));

export const useChannelHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: channelKeys.history(id), queryFn: () => getChannelHistory(id) }));
