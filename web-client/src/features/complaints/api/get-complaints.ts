import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { complaintKeys } from './keys';

export type ComplaintsQuery = QueryOf<'/api/service/complaints', 'get'>;
export type ComplaintsPage = ResponseOf<'/api/service/complaints', 'get'>;
export type Complaint = ComplaintsPage['items'][number];
export type ComplaintStatus = Complaint['status'];
export type ComplaintCategory = NonNullable<Complaint['category']>;
export type ComplaintDeadlineState = Complaint['deadlineState'];

export const complaintStatuses: readonly ComplaintStatus[] = ['Registered', 'Acknowledged', 'Escalated', 'Resolved', 'Confirmed', 'Reopened', 'Closed'];
export const complaintCategories: readonly ComplaintCategory[] = ['ProductQuality', 'Packaging', 'ListingAccuracy', 'Shipping', 'Service', 'Price', 'Other'];
export const complaintDeadlineStates: readonly ComplaintDeadlineState[] = ['Running', 'Warned', 'Breached', 'Met'];

export const getComplaints = (query: ComplaintsQuery): Promise<ComplaintsPage> =>
  send(api.GET('/api/service/complaints', { params: { query } }));

export const getComplaintsQueryOptions = (query: ComplaintsQuery) =>
  queryOptions({ queryKey: [...complaintKeys.lists(), query], queryFn: () => getComplaints(query), placeholderData: keepPreviousData });

type UseComplaintsOptions = { query: ComplaintsQuery; queryConfig?: QueryConfig<typeof getComplaintsQueryOptions> };

export const useComplaints = ({ query, queryConfig }: UseComplaintsOptions) => useQuery({ ...getComplaintsQueryOptions(query), ...queryConfig });
