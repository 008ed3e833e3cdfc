import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { channelKeys } from './keys';

export type ChannelDetails = ResponseOf<'/api/logistics/channels/{id}', 'get'>;
export type ChannelQuality = NonNullable<ChannelDetails['quality']>;

export const getChannel = (id: string): Promise<ChannelDetails> =>
  send(api.GET('/api/logistics/channels/{id}', { params: { path: { id } } }));

export const useChannel = (id: string) => useQuery(queryOptions({ queryKey: channelKeys.detail(id), queryFn: () => getChannel(id) }));
