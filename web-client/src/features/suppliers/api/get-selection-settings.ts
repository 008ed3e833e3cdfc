import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';
import type { QueryConfig } from '@/lib/react-query';

import { supplierKeys } from './keys';

export type SelectionSettingsView = ResponseOf<'/api/selection/settings', 'get'>;

export const getSelectionSettings = (): Promise<SelectionSettingsView> => send(api.GET('/api/selection/settings'));

/** The policy in force (e.g. `warnDaysBeforeExpiry`); it changes rarely. */
export const getSelectionSettingsQueryOptions = () =>
  queryOptions({ queryKey: [...supplierKeys.all, 'settings'] as const, queryFn: getSelectionSettings, staleTime: 5 * 60_000 });

type UseSelectionSettingsOptions = { queryConfig?: QueryConfig<typeof getSelectionSettingsQueryOptions> };

export const useSelectionSettings = ({ queryConfig }: UseSelectionSettingsOptions = {}) =>
  useQuery({ ...getSelectionSettingsQueryOptions(), ...queryConfig });
