import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';

import { customerReturnKeys } from './keys';

export type CustomerReturnsQuery = QueryOf<'/api/service/returns', 'get'>;
export type CustomerReturnsPage = ResponseOf<'/api/service/returns', 'get'>;
export type CustomerReturn = CustomerReturnsPage['items'][number];
export type CustomerReturnStatus = CustomerReturn['status'];
export type ReturnKind = CustomerReturn['kind'];
export type ReturnReason = CustomerReturn['reason'];

export const customerReturnStatuses: readonly CustomerReturnStatus[] = ['Requested', 'Approved', 'Rejected', 'Inspected'];
export const returnKinds: readonly ReturnKind[] = ['Refund', 'Exchange'];
export const returnReasons: readonly ReturnReason[] = ['Defective', 'NotAsDescribed', 'DamagedInTransit', 'WrongItem', 'NoLongerNeeded', 'Other'];

export const getCustomerReturns = (query: CustomerReturnsQuery): Promise<CustomerReturnsPage> =>
  send(api.GET('/api/service/returns', { params: { query } }));

export const useCustomerReturns = (query: CustomerReturnsQuery) =>
  useQuery(queryOptions({ queryKey: [...customerReturnKeys.lists(), query], queryFn: () => getCustomerReturns(query), placeholderData: keepPreviousData }));
