import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type RecordSampleResultsInput = BodyOf<'/api/selection/candidates/{id}/samples/{sampleId}/results', 'post'>;

export const recordSampleResults = ({ id, version, sampleId, body }: { id: string; version: number; sampleId: string; body: RecordSampleResultsInput })
  : Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/samples/{sampleId}/results', {
    params: { path: { id, sampleId }, header: { 'If-Match': ifMatch(version) } },
    body,
  }));

export const useRecordSampleResults = (options?: CandidateMutationOptions) => useCandidateMutation(recordSampleResults, options);
