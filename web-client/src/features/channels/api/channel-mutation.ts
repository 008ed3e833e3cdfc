import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { ChannelDetails } from './get-channel';
import { channelKeys } from './keys';

/** A write on one channel: the answer replaces the cached channel; its history and every list are fetched again. */
export const useChannelMutation = <Input extends { id: string }>(
  mutationFn: (input: Input) => Promise<ChannelDetails>,
  mutationConfig: Omit<MutationConfig<(input: Input) => Promise<ChannelDetails>>, 'mutationFn'> = {},
) => useRecordMutation(mutationFn, { detail: channelKeys.detail, refresh: (c) => [channelKeys.detail(c.id), channelKeys.lists()] }, mutationConfig);
