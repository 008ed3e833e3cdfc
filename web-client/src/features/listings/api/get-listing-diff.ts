import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type ContentDiff = ResponseOf<'/api/listing/listings/{id}/versions/{v}/diff', 'get'>;
export type FieldChange = ContentDiff['changes'][number];

/** Content version `version` against `against` (by default the one before), field by field. */
export const getListingDiff = (id: string, version: number, against?: number): Promise<ContentDiff> =>
  send(
    api.GET('/api/listing/listings/{id}/versions/{v}/diff', {
      params: { path: { id, v: String(version) }, query: against === undefined ? {} : { against } },
    }),
  );

export const useListingDiff = (id: string, version: number | null, against?: number) =>
  useQuery(
    queryOptions({
      queryKey: listingKeys.diff(id, version ?? 0, against),
      queryFn: () => getListingDiff(id, version ?? 0, against),
      enabled: version !== null,
    }),
  );
