import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { customerReturnKeys } from './keys';

export type OrderTimeline = ResponseOf<'/api/service/orders/{orderNumber}/timeline', 'get'>;
export type TimelineEntry = OrderTimeline['entries'][number];

/** The customer's order as service knows it (an order is known by its store, marketplace and number). */
export const getOrderTimeline = (storeId: string, marketplace: string, orderNumber: string): Promise<OrderTimeline> =>
  send(api.GET('/api/service/orders/{orderNumber}/timeline', { params: { path: { orderNumber }, query: { storeId, marketplace } } }));

export const useOrderTimeline = ({ storeId, marketplace, orderNumber }: { storeId: string; marketplace: string; orderNumber: string }) =>
  useQuery(
    queryOptions({
      queryKey: customerReturnKeys.timeline(storeId, marketplace, orderNumber),
      queryFn: () => getOrderTimeline(storeId, marketplace, orderNumber),
      retry: false,
    }),
  );
