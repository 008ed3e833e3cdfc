import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type ListingHistory = ResponseOf<'/api/listing/listings/{id}/history', 'get'>;

export const getListingHistory = (id: string): Promise<ListingHistory> =>
  send(api.GET('/api/listing/listings/{id}/history', { params: { path: { id } } }));

export const useListingHistory = (id: string) =>
  useQuery(queryOptions({ queryKey: listingKeys.history(id), queryFn: () => getListingHistory(id) }));
