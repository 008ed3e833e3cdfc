import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type RequestSampleInput = BodyOf<'/api/selection/candidates/{id}/samples', 'post'>;

export const requestSample = ({ id, version, body }: { id: string; version: number; body: RequestSampleInput }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/samples', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRequestSample = (options?: CandidateMutationOptions) => useCandidateMutation(requestSample, options);
