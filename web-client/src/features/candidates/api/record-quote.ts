import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export type RecordQuoteInput = BodyOf<'/api/selection/candidates/{id}/quotes', 'post'>;

export const recordQuote = ({ id, version, body }: { id: string; version: number; body: RecordQuoteInput }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/quotes', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }));

export const useRecordQuote = (options?: CandidateMutationOptions) => useCandidateMutation(recordQuote, options);
