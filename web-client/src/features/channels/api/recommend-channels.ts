import { useMutation } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

export type RecommendChannelsInput = BodyOf<'/api/logistics/channels/recommend', 'post'>;
export type ChannelRecommendation = ResponseOf<'/api/logistics/channels/recommend', 'post'>;
export type RankedChannel = ChannelRecommendation['ranked'][number];
export type ExcludedChannel = ChannelRecommendation['excluded'][number];

/** A calculation: nothing is saved, so it is a mutation only in that it sends a body when asked. */
export const recommendChannels = (body: RecommendChannelsInput): Promise<ChannelRecommendation> =>
  send(api.POST('/api/logistics/channels/recommend', { body }));

export const useRecommendChannels = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recommendChannels> } = {}) =>
  useMutation({ ...mutationConfig, mutationFn: recommendChannels });
