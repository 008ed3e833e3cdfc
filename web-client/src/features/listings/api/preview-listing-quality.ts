import { keepPreviousData, queryOptions, skipToken, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';

import type { ChangeListingContentInput } from './change-listing-content';
import type { QualityReport } from './get-listing-quality';
import { listingKeys } from './keys';

/**
 * The server's quality check of content being edited, not saved (the body as Save would send it): the report saving
 * it would record, numbered as the content version it would become. Nothing is saved.
 */
export const previewListingQuality = ({ id, body }: { id: string; body: ChangeListingContentInput }): Promise<QualityReport> =>
  send(api.POST('/api/listing/listings/{id}/quality-preview', { params: { path: { id } }, body }));

/** The check of `body`; none while there are no edits (`body` null). */
export const previewListingQualityQueryOptions = (id: string, body: ChangeListingContentInput | null) =>
  queryOptions({
    queryKey: listingKeys.qualityPreview(id, body),
    queryFn: body ? () => previewListingQuality({ id, body }) : skipToken,
    // The answer depends on the body and the settings only: keep it while the person types on.
    staleTime: 60_000,
    // The last report stays on screen while the next one is on its way.
    placeholderData: keepPreviousData,
  });

export const useListingQualityPreview = (id: string, body: ChangeListingContentInput | null) =>
  useQuery(previewListingQualityQueryOptions(id, body));
