import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { complaintKeys } from './keys';

export type ComplaintHistory = ResponseOf<'/api/service/complaints/{id}/history', 'get'>;

export const getComplaintHistory = (id: string): Promise<ComplaintHistory> =>
  send(api.GET('/api/service/complaints/{id}/history', { params: { path: { id } } }));

export const useComplaintHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: complaintKeys.history(id), queryFn: () => getComplaintHistory(id) }));
