import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { stocktakeKeys } from './keys';

export type StocktakeSchedule = ResponseOf<'/api/logistics/stocktakes/schedule', 'get'>;
export type StocktakeScheduleRow = StocktakeSchedule[number];

export const getStocktakeSchedule = (): Promise<StocktakeSchedule> => send(api.GET('/api/logistics/stocktakes/schedule'));

export const useStocktakeSchedule = () => useQuery(queryOptions({ queryKey: stocktakeKeys.schedule(), queryFn: getStocktakeSchedule }));
