import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type ContentVersion = ResponseOf<'/api/listing/listings/{id}/versions', 'get'>[number];

export const getListingVersions = (id: string): Promise<ContentVersion[]> =>
  send(api.GET('/api/listing/listings/{id}/versions', { params: { path: { id } } }));

export const useListingVersions = (id: string) =>
  useQuery(queryOptions({ queryKey: listingKeys.versions(id), queryFn: () => getListingVersions(id) }));
