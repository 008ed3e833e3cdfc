import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { CollaborationRequestDetails } from './get-collaboration-request';
import { collaborationKeys } from './keys';

// A request's steps after it was raised, one function and hook each: every one answers the request as it is after it.
// A manager answers it (approve or decline), its owner reports on it, whoever raised it confirms or reopens it.

type OnRequest = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });
const refresh = {
  detail: collaborationKeys.detail,
  refresh: (r: CollaborationRequestDetails) => [collaborationKeys.detail(r.id), collaborationKeys.boards()],
};

export type ApproveInput = BodyOf<'/api/service/collaboration-requests/{id}/approve', 'post'>;
export const approveRequest = ({ id, version, body }: OnRequest & { body: ApproveInput }): Promise<CollaborationRequestDetails> =>
  send(api.POST('/api/service/collaboration-requests/{id}/approve', { params: path(id, version), body }));
export const useApproveRequest = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof approveRequest> } = {}) =>
  useRecordMutation(approveRequest, refresh, mutationConfig);

export const declineRequest = ({ id, version, reason }: OnRequest & { reason: string }): Promise<CollaborationRequestDetails> =>
  send(api.POST('/api/service/collaboration-requests/{id}/decline', { params: path(id, version), body: { reason } }));
export const useDeclineRequest = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof declineRequest> } = {}) =>
  useRecordMutation(declineRequest, refresh, mutationConfig);

export const postProgress = ({ id, version, text }: OnRequest & { text: string }): Promise<CollaborationRequestDetails> =>
  send(api.POST('/api/service/collaboration-requests/{id}/progress', { params: path(id, version), body: { text } }));
export const usePostProgress = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof postProgress> } = {}) =>
  useRecordMutation(postProgress, refresh, mutationConfig);

export const resolveRequest = ({ id, version, text }: OnRequest & { text: string }): Promise<CollaborationRequestDetails> =>
  send(api.POST('/api/service/collaboration-requests/{id}/resolve', { params: path(id, version), body: { text } }));
export const useResolveRequest = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resolveRequest> } = {}) =>
  useRecordMutation(resolveRequest, refresh, mutationConfig);

export type ConfirmInput = BodyOf<'/api/service/collaboration-requests/{id}/confirm', 'post'>;
export const confirmRequest = ({ id, version, body }: OnRequest & { body: ConfirmInput }): Promise<CollaborationRequestDetails> =>
  send(api.POST('/api/service/collaboration-requests/{id}/confirm', { params: path(id, version), body }));
export const useConfirmRequest = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof confirmRequest> } = {}) =>
  useRecordMutation(confirmRequest, refresh, mutationConfig);

export const reopenRequest = ({ id, version, text }: OnRequest & { text: string }): Promise<CollaborationRequestDetails> =>
  send(api.POST('/api/service/collaboration-requests/{id}/reopen', { params: path(id, version), body: { text } }));
export const useReopenRequest = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reopenRequest> } = {}) =>
  useRecordMutation(reopenRequest, refresh, mutationConfig);
