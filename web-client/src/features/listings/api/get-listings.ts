import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { QueryOf, ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { listingKeys } from './keys';

export type ListingsQuery = QueryOf<'/api/listing/listings', 'get'>;
export type ListingsPage = ResponseOf<'/api/listing/listings', 'get'>;
export type Listing = ListingsPage['items'][number];
export type ListingStatus = Listing['status'];
export type DeadlineState = Listing['deadlineState'];

export const listingStatuses: readonly ListingStatus[] = ['Draft', 'Submitted', 'Live', 'Rejected', 'Revised', 'Suppressed', 'Delisted', 'Relisted'];
export const deadlineStates: readonly DeadlineState[] = ['None', 'Running', 'Warned', 'Breached', 'Met'];
export type ListingActivity = NonNullable<ListingsQuery['activity']>;
export const listingActivities: readonly ListingActivity[] = ['Drafted', 'FirstReviewed', 'FirstWentLive', 'DeadlineDecided'];

export const getListings = (query: ListingsQuery): Promise<ListingsPage> => send(api.GET('/api/listing/listings', { params: { query } }));

export const getListingsQueryOptions = (query: ListingsQuery) =>
  queryOptions({
    queryKey: [...listingKeys.lists(), query],
    queryFn: () => getListings(query),
    placeholderData: keepPreviousData,
  });

type UseListingsOptions = { query: ListingsQuery; queryConfig?: QueryConfig<typeof getListingsQueryOptions> };

export const useListings = ({ query, queryConfig }: UseListingsOptions) => useQuery({ ...getListingsQueryOptions(query), ...queryConfig });
