import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { returnKeys } from './keys';

export type ReturnsQuery = QueryOf<'/api/logistics/returns', 'get'>;
export type ReturnsPage = ResponseOf<'/api/logistics/returns', 'get'>;
export type CustomerReturn = ReturnsPage['items'][number];
export type ReturnStatus = CustomerReturn['status'];
export type ReturnFinding = NonNullable<CustomerReturn['finding']>;
export type ReturnDisposition = NonNullable<CustomerReturn['disposition']>;

export const returnStatuses: readonly ReturnStatus[] = ['Requested', 'Approved', 'Received', 'Refunded', 'Exchanged', 'Restocked', 'Disposed'];
export const returnFindings: readonly ReturnFinding[] = ['NoDefect', 'QualityDefect', 'DamagedInTransit', 'WrongItemSent', 'CustomerDamaged', 'MissingParts'];
export const returnDispositions: readonly ReturnDisposition[] = ['Refunded', 'Exchanged', 'Restocked', 'Disposed'];

export const getReturns = (query: ReturnsQuery): Promise<ReturnsPage> => send(api.GET('/api/logistics/returns', { params: { query } }));

export const useReturns = (query: ReturnsQuery) =>
  useQuery(queryOptions({ queryKey: [...returnKeys.lists(), query], queryFn: () => getReturns(query), placeholderData: keepPreviousData }));
