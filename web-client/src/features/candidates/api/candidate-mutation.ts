import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ProblemError } from '@/lib/problem';

import type { Candidate } from './get-candidate';
import { candidateKeys } from './keys';

/**
 * A change of one candidate (a stage transition): the answer is the candidate as it is now, put straight into the
 * cache; the board columns, its history and its estimate (a chosen quote changes it) are fetched again.
 */
export function useCandidateMutation<TVariables extends { id: string }>(
  mutationFn: (variables: TVariables) => Promise<Candidate>,
  { onSuccess, onError }: { onSuccess?: (candidate: Candidate) => void; onError?: (error: ProblemError) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation<Candidate, ProblemError, TVariables>({
    mutationFn,
    onSuccess: async (candidate) => {
      queryClient.setQueryData(candidateKeys.detail(candidate.id), candidate);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: candidateKeys.history(candidate.id) }),
        queryClient.invalidateQueries({ queryKey: candidateKeys.estimate(candidate.id) }),
      ]);
      onSuccess?.(candidate);
    },
    onError,
  });
}

export type CandidateMutationOptions = Parameters<typeof useCandidateMutation>[1];
