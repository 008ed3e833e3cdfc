import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type RecordIncidentInput = BodyOf<'/api/selection/suppliers/{id}/incidents', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const recordIncident = ({ id, version, body }: { id: string; version: number; body: RecordIncidentInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/incidents', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/incidents', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRecordIncident = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recordIncident> } = {}) => useSupplierChange(recordIncident, mutationConfig);
