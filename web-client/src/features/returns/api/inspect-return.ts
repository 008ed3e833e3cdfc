import { api, ifMatch, send } from '@/lib/api/client';
import type { BodyOf } from '@/lib/api/types';
import type { MutationConfig } from '@/lib/react-query';

import type { ReturnDetails } from './get-return';
import { useReturnMutation } from './return-mutation';

export type InspectReturnBody = BodyOf<'/api/logistics/returns/{id}/inspect', 'post'>;

/** Records the finding and what becomes of the item; restocking puts it back into stock, a quality defect is reported to the supplier. */
export const inspectReturn = ({ id, version, body }: { id: string; version: number; body: InspectReturnBody }): Promise<ReturnDetails> =>
  send(api.POST('/api/logistics/returns/{id}/inspect', { body, params: { path: { id }, header: { 'If-Match': ifMatch(version) } } }));

export const useInspectReturn = ({ mutationConfig }: { mutationConfig?: MutationConfig<typeof inspectReturn> } = {}) =>
  useReturnMutation(inspectReturn, mutationConfig);
