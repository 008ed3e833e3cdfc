import { api, ifMatch, send } from '@/lib/api/client';

import { useCandidateMutation, type CandidateMutationOptions } from './candidate-mutation';
import type { Candidate } from './get-candidate';

export const chooseQuote = ({ id, version, quoteId }: { id: string; version: number; quoteId: string }): Promise<Candidate> =>
  send(api.POST('/api/selection/candidates/{id}/quotes/{quoteId}/choose', { params: { path: { id, quoteId }, header: { 'If-Match': ifMatch(version) } } }));

export const useChooseQuote = (options?: CandidateMutationOptions) => useCandidateMutation(chooseQuote, options);
