import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { feedbackKeys } from './keys';

export type VoiceOfCustomer = ResponseOf<'/api/service/feedback/voice', 'get'>;

/** Feedback captured in the period (the last 30 days unless given) counted by category and by SKU. */
export const getVoice = (from?: string, to?: string): Promise<VoiceOfCustomer> =>
  send(api.GET('/api/service/feedback/voice', { params: { query: { from, to } } }));

export const useVoice = ({ from, to }: { from?: string; to?: string } = {}) =>
  useQuery(queryOptions({ queryKey: feedbackKeys.voice(from, to), queryFn: () => getVoice(from, to) }));
