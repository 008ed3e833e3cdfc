import { queryOptions, useQuery } from '@tanstack/react-query';

import { currentLanguage } from '@/i18n';
import { api, send } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type KpiReport = components['schemas']['KpiReport'];
export type Kpi = components['schemas']['Kpi'];

/** The modules that report KPIs today (GET /api/<module>/kpis, one shape for all). */
export const kpiModules = ['selection', 'listing'] as const;
export type KpiModule = (typeof kpiModules)[number];

const request: Record<KpiModule, () => Promise<KpiReport>> = {
  selection: () => send(api.GET('/api/selection/kpis')),
  listing: () => send(api.GET('/api/listing/kpis')),
};

/** KPI names come from the server in the request's language, so the language is part of the key. */
export const getKpisQueryOptions = (module: KpiModule) =>
  queryOptions({ queryKey: ['kpis', module, currentLanguage()] as const, queryFn: request[module], staleTime: 60_000 });

export const useKpis = (module: KpiModule) => useQuery(getKpisQueryOptions(module));
