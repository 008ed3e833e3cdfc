import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { OrderDetails } from './get-order';
import { useOrderMutation } from './order-mutation';

// The order's actions, one function and hook each: every one answers the order as it is after it (or a problem).

type OnOrder = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });

export const reviewOrder = ({ id, version }: OnOrder): Promise<OrderDetails> =>
  send(api.POST('/api/logistics/orders/{id}/review', { params: path(id, version) }));
export const useReviewOrder = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reviewOrder> } = {}) =>
  useOrderMutation(reviewOrder, mutationConfig);

export type AllocateOrderInput = BodyOf<'/api/logistics/orders/{id}/allocate', 'post'>;
export const allocateOrder = ({ id, version, body }: OnOrder & { body: AllocateOrderInput }): Promise<OrderDetails> =>
  send(api.POST('/api/logistics/orders/{id}/allocate', { params: path(id, version), body }));
export const useAllocateOrder = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof allocateOrder> } = {}) =>
  useOrderMutation(allocateOrder, mutationConfig);

export type ShipOrderInput = BodyOf<'/api/logistics/orders/{id}/ship', 'post'>;
export const shipOrder = ({ id, version, body }: OnOrder & { body: ShipOrderInput }): Promise<OrderDetails> =>
  send(api.POST('/api/logistics/orders/{id}/ship', { params: path(id, version), body }));
export const useShipOrder = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof shipOrder> } = {}) =>
  useOrderMutation(shipOrder, mutationConfig);

export type TrackOrderInput = BodyOf<'/api/logistics/orders/{id}/tracking', 'post'>;
export const trackOrder = ({ id, version, body }: OnOrder & { body: TrackOrderInput }): Promise<OrderDetails> =>
  send(api.POST('/api/logistics/orders/{id}/tracking', { params: path(id, version), body }));
export const useTrackOrder = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof trackOrder> } = {}) =>
  useOrderMutation(trackOrder, mutationConfig);

export type RaiseExceptionInput = BodyOf<'/api/logistics/orders/{id}/exceptions', 'post'>;
export const raiseException = ({ id, version, body }: OnOrder & { body: RaiseExceptionInput }): Promise<OrderDetails> =>
  send(api.POST('/api/logistics/orders/{id}/exceptions', { params: path(id, version), body }));
export const useRaiseException = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof raiseException> } = {}) =>
  useOrderMutation(raiseException, mutationConfig);

export const cancelOrder = ({ id, version, reason }: OnOrder & { reason: string }): Promise<OrderDetails> =>
  send(api.POST('/api/logistics/orders/{id}/cancel', { params: path(id, version), body: { reason } }));
export const useCancelOrder = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof cancelOrder> } = {}) =>
  useOrderMutation(cancelOrder, mutationConfig);
