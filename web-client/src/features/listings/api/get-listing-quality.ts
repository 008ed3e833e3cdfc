import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type QualityReport = ResponseOf<'/api/listing/listings/{id}/quality', 'get'>;
export type QualityFinding = QualityReport['findings'][number];

/** The quality check run now on the current content (under the settings in force). */
export const getListingQuality = (id: string): Promise<QualityReport> =>
  send(api.GET('/api/listing/listings/{id}/quality', { params: { path: { id } } }));

export const getListingQualityQueryOptions = (id: string) =>
  queryOptions({ queryKey: listingKeys.quality(id), queryFn: () => getListingQuality(id) });

export const useListingQuality = (id: string) => useQuery(getListingQualityQueryOptions(id));
