import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type ScreenCandidateInput = BodyOf<'/api/selection/candidates/{id}/screening', 'post'>;

/** Scores and a verdict; the server estimates the profit with the settings in force and keeps it with the screening. */
export const screenCandidate = ({ id, version, body }: { id: string; version: number; body: ScreenCandidateInput }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/screening', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useScreenCandidate = (options?: CandidateMutationOptions) => useCandidateMutation(screenCandidate, options);
