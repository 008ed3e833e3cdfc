import { api, ifMatch, send } from '@/lib/api/client';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export const reopenCandidate = ({ id, version }: { id: string; version: number }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/reopen', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useReopenCandidate = (options?: CandidateMutationOptions) => useCandidateMutation(reopenCandidate, options);
