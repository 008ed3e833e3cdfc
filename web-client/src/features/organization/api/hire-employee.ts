import { api, send } from '@/lib/api/client';
import type { BodyOf, ResponseOf } from '@/lib/api/types';
import { useApiMutation, type MutationConfig } from '@/lib/react-query';

import { orgKeys } from './keys';

export type HireEmployeeInput = BodyOf<'/api/org/employees', 'post'>;
export type HiredEmployee = ResponseOf<'/api/org/employees', 'post', 201>;

/** `idempotencyKey` is minted once per form: a retried submission cannot hire the person twice. */
export const hireEmployee = ({ body, idempotencyKey }: { body: HireEmployeeInput; idempotencyKey: string }): Promise<HiredEmployee> =>
  send(api.POST('/api/org/employees', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export const useHireEmployee = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof hireEmployee> } = {}) =>
  useApiMutation(hireEmployee, [orgKeys.all], mutationConfig);
