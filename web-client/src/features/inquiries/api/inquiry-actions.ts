import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { InquiryDetails } from './get-inquiry';
import { inquiryKeys } from './keys';

// The inquiry's actions after the first answer, one function and hook each: every one answers the inquiry as it is after it.

type OnInquiry = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });
const refresh = { detail: inquiryKeys.detail, refresh: (i: InquiryDetails) => [inquiryKeys.detail(i.id), inquiryKeys.lists()] };

export const resolveInquiry = ({ id, version, note }: OnInquiry & { note: string }): Promise<InquiryDetails> =>
  send(api.POST('/api/service/inquiries/{id}/resolve', { params: path(id, version), body: { note: note || null } }));
export const useResolveInquiry = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof resolveInquiry> } = {}) =>
  useRecordMutation(resolveInquiry, refresh, mutationConfig);

export const closeInquiry = ({ id, version }: OnInquiry): Promise<InquiryDetails> =>
  send(api.POST('/api/service/inquiries/{id}/close', { params: path(id, version) }));
export const useCloseInquiry = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof closeInquiry> } = {}) =>
  useRecordMutation(closeInquiry, refresh, mutationConfig);

export type ReopenInput = BodyOf<'/api/service/inquiries/{id}/reopen', 'post'>;
export const reopenInquiry = ({ id, version, body }: OnInquiry & { body: ReopenInput }): Promise<InquiryDetails> =>
  send(api.POST('/api/service/inquiries/{id}/reopen', { params: path(id, version), body }));
export const useReopenInquiry = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof reopenInquiry> } = {}) =>
  useRecordMutation(reopenInquiry, refresh, mutationConfig);

export type SatisfactionInput = BodyOf<'/api/service/inquiries/{id}/satisfaction', 'post'>;
export const recordSatisfaction = ({ id, version, body }: OnInquiry & { body: SatisfactionInput }): Promise<InquiryDetails> =>
  send(api.POST('/api/service/inquiries/{id}/satisfaction', { params: path(id, version), body }));
export const useRecordSatisfaction = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof recordSatisfaction> } = {}) =>
  useRecordMutation(recordSatisfaction, refresh, mutationConfig);
