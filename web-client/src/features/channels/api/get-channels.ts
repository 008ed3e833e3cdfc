import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { channelKeys } from './keys';

export type ChannelsQuery = QueryOf<'/api/logistics/channels', 'get'>;
export type ChannelsPage = ResponseOf<'/api/logistics/channels', 'get'>;
export type Channel = ChannelsPage['items'][number];
export type ChannelType = Channel['type'];

export const channelTypes: readonly ChannelType[] = ['Fba', 'ThirdPartyWarehouse', 'InternationalExpress', 'Postal', 'DedicatedLine', 'OverseasWarehouse'];

export const getChannels = (query: ChannelsQuery): Promise<ChannelsPage> => send(api.GET('/api/logistics/channels', { params: { query } }));

export const getChannelsQueryOptions = (query: ChannelsQuery) =>
  queryOptions({ queryKey: [...channelKeys.lists(), query], queryFn: () => getChannels(query), placeholderData: keepPreviousData });

export const useChannels = (query: ChannelsQuery) => useQuery(getChannelsQueryOptions(query));
