import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { StocktakeDetails } from './get-stocktake';
import { useStocktakeMutation } from './stocktake-mutation';

export type CountedLine = BodyOf<'/api/logistics/stocktakes/{id}/counts', 'put'>['lines'][number];

export const enterStocktakeCounts = ({ id, version, lines }: { id: string; version: number; lines: CountedLine[] }): Promise<StocktakeDetails> =>
  send(api.PUT('/api/logistics/stocktakes/{id}/counts', { body: { lines }, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useEnterStocktakeCounts = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof enterStocktakeCounts> } = {}) =>
  useStocktakeMutation(enterStocktakeCounts, mutationConfig);
