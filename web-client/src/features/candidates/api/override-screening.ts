import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type OverrideScreeningInput = BodyOf<'/api/selection/candidates/{id}/screening/override', 'post'>;

/** An ops-manager accepts the margin estimated now, below the minimum, so screening may pass at it. */
export const overrideScreening = ({ id, version, body }: { id: string; version: number; body: OverrideScreeningInput }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/screening/override', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useOverrideScreening = (options?: CandidateMutationOptions) => useCandidateMutation(overrideScreening, options);
