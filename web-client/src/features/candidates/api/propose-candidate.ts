import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import { candidateKeys } from './keys';

export type ProposeCandidateInput = BodyOf<'/api/selection/candidates', 'post'>;
export type ProposedCandidate = ResponseOf<'/api/selection/candidates', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot propose the candidate twice. */
export const proposeCandidate = ({ body, idempotencyKey }: { body: ProposeCandidateInput; idempotencyKey: string }): Promise<ProposedCandidate> =>
  send(api.POST('/api/selection/candidates', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useProposeCandidate = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof proposeCandidate> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn: proposeCandidate,
    onSuccess: async (...args) => {
      await queryClient.invalidateQueries({ queryKey: candidateKeys.lists() });
      await onSuccess?.(...args);
    },
  });
};
