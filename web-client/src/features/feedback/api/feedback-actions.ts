import { api, ifMatch, send } from '@/lib/api/client';
import { useRecordMutation, type MutationConfig } from '@/lib/react-query';

import type { FeedbackDetails } from './capture-feedback';
import { feedbackKeys } from './keys';

// Following a feedback item through: route it to a department, then done or dismissed. Each answers the item as it now is.

type OnFeedback = { id: string; version: number };
const path = (id: string, version: number) => ({ path: { id }, header: { 'If-Match': ifMatch(version) } });
const refresh = { detail: feedbackKeys.detail, refresh: () => [feedbackKeys.lists()] };

export const routeFeedback = ({ id, version, department, owner }: OnFeedback & { department: string; owner?: string | null }): Promise<FeedbackDetails> =>
  send(api.POST('/api/service/feedback/{id}/route', { params: path(id, version), body: { department, owner: owner || null } }));
export const useRouteFeedback = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof routeFeedback> } = {}) =>
  useRecordMutation(routeFeedback, refresh, mutationConfig);

export const completeFeedback = ({ id, version, text }: OnFeedback & { text: string }): Promise<FeedbackDetails> =>
  send(api.POST('/api/service/feedback/{id}/done', { params: path(id, version), body: { text } }));
export const useCompleteFeedback = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof completeFeedback> } = {}) =>
  useRecordMutation(completeFeedback, refresh, mutationConfig);

export const dismissFeedback = ({ id, version, text }: OnFeedback & { text: string }): Promise<FeedbackDetails> =>
  send(api.POST('/api/service/feedback/{id}/dismiss', { params: path(id, version), body: { text } }));
export const useDismissFeedback = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof dismissFeedback> } = {}) =>
  useRecordMutation(dismissFeedback, refresh, mutationConfig);
