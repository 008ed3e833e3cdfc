import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type ListingDetails = ResponseOf<'/api/listing/listings/{id}', 'get'>;
export type ListingContent = ListingDetails['content'];

export const getListing = (id: string): Promise<ListingDetails> =>
  send(api.GET('/api/listing/listings/{id}', { params: { path: { id } } }));

export const getListingQueryOptions = (id: string) => queryOptions({ queryKey: listingKeys.detail(id), queryFn: () => getListing(id) });

export const useListing = (id: string) => useQuery(getListingQueryOptions(id));
