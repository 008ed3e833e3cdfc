import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { ComplaintDetails } from './get-complaint';
import { complaintKeys } from './keys';

// The complaint's steps after registering it, one function and hook each: every one answers the complaint as it is after it.
// An escalation also raises a collaboration request, so it refreshes the collaboration board too.

type OnComplaint = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });
const refresh = { detail: complaintKeys.detail, refresh: (c: ComplaintDetails) => [complaintKeys.detail(c.id), complaintKeys.lists()] };

export const acknowledgeComplaint = ({ id, version, note }: OnComplaint & { note: string }): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints/{id}/acknowledge', { params: path(id, version), body: { note: note || null } }));
export const useAcknowledgeComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof acknowledgeComplaint> } = {}) =>
  useRecordMutation(acknowledgeComplaint, refresh, mutationConfig);

export type EscalateInput = BodyOf<'/api/service/complaints/{id}/escalate', 'post'>;
export const escalateComplaint = ({ id, version, body }: OnComplaint & { body: EscalateInput }): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints/{id}/escalate', { params: path(id, version), body }));
export const useEscalateComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof escalateComplaint> } = {}) =>
  useRecordMutation(
    escalateComplaint,
    { detail: complaintKeys.detail, refresh: (c) => [complaintKeys.detail(c.id), complaintKeys.lists(), ['service', 'collaboration']] },
    mutationConfig,
  );

export const resolveComplaint = ({ id, version, result }: OnComplaint & { result: string }): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints/{id}/resolve', { params: path(id, version), body: { result } }));
export const useResolveComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resolveComplaint> } = {}) =>
  useRecordMutation(resolveComplaint, refresh, mutationConfig);

export const confirmComplaint = ({ id, version, note }: OnComplaint & { note: string }): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints/{id}/confirm', { params: path(id, version), body: { note: note || null } }));
export const useConfirmComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof confirmComplaint> } = {}) =>
  useRecordMutation(confirmComplaint, refresh, mutationConfig);

export const reopenComplaint = ({ id, version, reason }: OnComplaint & { reason: string }): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints/{id}/reopen', { params: path(id, version), body: { reason } }));
export const useReopenComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reopenComplaint> } = {}) =>
  useRecordMutation(reopenComplaint, refresh, mutationConfig);

export const closeComplaint = ({ id, version }: OnComplaint): Promise<ComplaintDetails> =>
  send(api.POST('/api/service/complaints/{id}/close', { params: path(id, version) }));
export const useCloseComplaint = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof closeComplaint> } = {}) =>
  useRecordMutation(closeComplaint, refresh, mutationConfig);
