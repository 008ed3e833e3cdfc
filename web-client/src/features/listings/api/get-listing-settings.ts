import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type ListingSettingsView = ResponseOf<'/api/listing/settings', 'get'>;

/** The spec's default minimum content score to submit, used until (or unless) the settings in force can be read. */
export const defaultMinimumScore = 60;

/** The listing policy in force (the minimum content score to submit is read from it). */
export const getListingSettings = (): Promise<ListingSettingsView> => send(api.GET('/api/listing/settings'));

export const getListingSettingsQueryOptions = () =>
  queryOptions({ queryKey: listingKeys.settings(), queryFn: getListingSettings, staleTime: 5 * 60_000 });

export const useListingSettings = () => useQuery(getListingSettingsQueryOptions());

/** The minimum content score to submit in these settings (the spec's default when they are not known). */
export const minimumScoreOf = (settings: ListingSettingsView | undefined): number =>
  settings?.settings?.minContentScoreToSubmit ?? defaultMinimumScore;
