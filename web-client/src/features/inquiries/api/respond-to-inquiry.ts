import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { InquiryDetails } from './get-inquiry';
import { inquiryKeys } from './keys';

export type RespondInput = BodyOf<'/api/service/inquiries/{id}/responses', 'post'>;

export const respondToInquiry = ({ id, version, body }: { id: string; version: number; body: RespondInput }): Promise<InquiryDetails> =>
  send(api.POST('/api/service/inquiries/{id}/responses', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

/** The answer replaces the cached inquiry; its timeline and every inbox page are fetched again. */
export const useRespondToInquiry = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof respondToInquiry> } = {}) =>
  useRecordMutation(respondToInquiry, { detail: inquiryKeys.detail, refresh: (i) => [inquiryKeys.detail(i.id), inquiryKeys.lists()] }, mutationConfig);
