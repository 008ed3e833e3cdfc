import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { complaintKeys } from './keys';

export type ComplaintDetails = ResponseOf<'/api/service/complaints/{id}', 'get'>;

export const getComplaint = (id: string): Promise<ComplaintDetails> =>
  send(api.GET('/api/service/complaints/{id}', { params: { path: { id } } }));

export const useComplaint = (id: string) => useQuery(queryOptions({ queryKey: complaintKeys.detail(id), queryFn: () => getComplaint(id) }));
