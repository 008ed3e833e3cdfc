import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { useSupplierChange } from './use-supplier-change';

export type AddDocumentInput = BodyOf<'/api/selection/suppliers/{id}/documents', 'post'>;

/** Sends the version the person saw (If-Match): a change made meanwhile makes the server answer 412. */
export const addDocument = ({ id, version, body }: { id: string; version: number; body: AddDocumentInput })
  : Promise<ResponseOf<'/api/selection/suppliers/{id}/documents', 'post'>> =>
  send(api.POST('/api/selection/suppliers/{id}/documents', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useAddDocument = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof addDocument> } = {}) => useSupplierChange(addDocument, mutationConfig);
