import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type ShelveCandidateInput = BodyOf<'/api/selection/candidates/{id}/shelve', 'post'>;

export const shelveCandidate = ({ id, version, body }: { id: string; version: number; body: ShelveCandidateInput }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/shelve', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useShelveCandidate = (options?: CandidateMutationOptions) => useCandidateMutation(shelveCandidate, options);
