import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { collaborationKeys } from './keys';

export type CollaborationRequestDetails = ResponseOf<'/api/service/collaboration-requests/{id}', 'get'>;
export type CollaborationHistory = ResponseOf<'/api/service/collaboration-requests/{id}/history', 'get'>;

export const getCollaborationRequest = (id: string): Promise<CollaborationRequestDetails> =>
  send(api.GET('/api/service/collaboration-requests/{id}', { params: { path: { id } } }));

export const useCollaborationRequest = (id: string) =>
  useQuery(queryOptions({ queryKey: collaborationKeys.detail(id), queryFn: () => getCollaborationRequest(id) }));

export const getCollaborationHistory = (id: string): Promise<CollaborationHistory> =>
  send(api.GET('/api/service/collaboration-requests/{id}/history', { params: { path: { id } } }));

export const useCollaborationHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: collaborationKeys.history(id), queryFn: () => getCollaborationHistory(id) }));
