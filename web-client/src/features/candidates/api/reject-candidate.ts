import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type RejectCandidateInput = BodyOf<'/api/selection/candidates/{id}/reject', 'post'>;

export const rejectCandidate = ({ id, version, body }: { id: string; version: number; body: RejectCandidateInput }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/reject', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRejectCandidate = (options?: CandidateMutationOptions) => useCandidateMutation(rejectCandidate, options);
