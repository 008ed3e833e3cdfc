import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { stocktakeKeys } from './keys';

export type LogisticsSettings = ResponseOf<'/api/logistics/settings', 'get'>['settings'];

export const getLogisticsSettings = async (): Promise<LogisticsSettings> => (await send(api.GET('/api/logistics/settings'))).settings;

/** The settings in force: the counting sheet marks variances over `varianceReviewPercent` as needing a reason. */
export const useLogisticsSettings = () =>
  useQuery(queryOptions({ queryKey: stocktakeKeys.settings(), queryFn: getLogisticsSettings, staleTime: 60_000 }));
