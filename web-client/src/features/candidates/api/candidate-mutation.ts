import type { ProblemError } from '@/lib/problem';
import { useRecordMutation } from '@/lib/react-query';

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
  return useRecordMutation(
    mutationFn,
    { detail: candidateKeys.detail, refresh: (c) => [candidateKeys.lists(), candidateKeys.history(c.id), candidateKeys.estimate(c.id)] },
    { onSuccess: (candidate) => onSuccess?.(candidate), onError },
  );
}

export type CandidateMutationOptions = Parameters<typeof useCandidateMutation>[1];
