import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { orgKeys } from './keys';

export type Position = ResponseOf<'/api/org/positions', 'get'>['items'][number];

/** Every position (a company has dozens, not thousands): for pickers and for naming an employee's position. */
export const getPositions = async (): Promise<Position[]> =>
  (await send(api.GET('/api/org/positions', { params: { query: { page: 1, pageSize: 200, sort: 'title' } } }))).items;

export const usePositions = () => useQuery(queryOptions({ queryKey: orgKeys.positions(), queryFn: getPositions, staleTime: 300_000 }));
