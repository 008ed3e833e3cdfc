import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

import { listingKeys } from './keys';

export type ListingSettingsView = ResponseOf<'/api/listing/settings', 'get'>;

/** The listing policy in force (the minimum content score to submit is read from it). */
export const getListingSettings = (): Promise<ListingSettingsView> => send(api.GET('/api/listing/settings'));

export const useListingSettings = () =>
  useQuery(queryOptions({ queryKey: listingKeys.settings(), queryFn: getListingSettings, staleTime: 5 * 60_000 }));
