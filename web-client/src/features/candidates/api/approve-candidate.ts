import { api, ifMatch, send } from '@/lib/api/client';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

/** No body: the server checks screening, chosen quote (and its supplier) and a passed sample, then assigns the SKU. */
export const approveCandidate = ({ id, version }: { id: string; version: number }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/approve', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useApproveCandidate = (options?: CandidateMutationOptions) => useCandidateMutation(approveCandidate, options);
