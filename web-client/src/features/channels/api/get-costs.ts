import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { channelKeys } from './keys';

export type CostReport = ResponseOf<'/api/logistics/costs', 'get'>;
export type MonthCosts = CostReport['months'][number];

export const getCosts = (from?: string, to?: string): Promise<CostReport> =>
  send(api.GET('/api/logistics/costs', { params: { query: { from, to } } }));

export const useCosts = (from?: string, to?: string) =>
  useQuery(queryOptions({ queryKey: channelKeys.costReport(from, to), queryFn: () => getCosts(from, to), placeholderData: keepPreviousData }));
