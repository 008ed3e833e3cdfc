import { queryOptions, useQuery } from '@tanstack/react-query';

import { currentLanguage } from '@/i18n';
import { api, send } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type KpiReport = components['schemas']['KpiReport'];
export type Kpi = components['schemas']['Kpi'];
export type KpiPart = components['schemas']['KpiPart'];
export type KpiList = components['schemas']['KpiList'];
export type KpiUnit = components['schemas']['KpiUnit'];
export type KpiPoint = components['schemas']['KpiPoint'];

/** The modules that report KPIs today (GET /api/<module>/kpis, one shape for all). */
export const kpiModules = ['selection', 'listing', 'logistics', 'service'] as const;
export type KpiModule = (typeof kpiModules)[number];

/** The lengths of period the dashboard offers, in days; 30 is the server's default. */
export const kpiPeriodDays = [7, 30, 90] as const;
export type KpiPeriodDays = (typeof kpiPeriodDays)[number];

type PeriodQuery = { from?: string };

const request: Record<KpiModule, (query: PeriodQuery) => Promise<KpiReport>> = {
  selection: (query) => send(api.GET('/api/selection/kpis', { params: { query } })),
  listing: (query) => send(api.GET('/api/listing/kpis', { params: { query } })),
  logistics: (query) => send(api.GET('/api/logistics/kpis', { params: { query } })),
  service: (query) => send(api.GET('/api/service/kpis', { params: { query } })),
};

/**
 * The last `days` days up to now: the server's own default for 30 (its period ends with the current minute), else from
 * that many days ago, taken when the query runs so a refetch moves with the clock.
 */
const periodQuery = (days: KpiPeriodDays): PeriodQuery =>
  days === 30 ? {} : { from: new Date(Date.now() - days * 86_400_000).toISOString() };

/** KPI names come from the server in the request's language, so the language is part of the key. */
export const getKpisQueryOptions = (module: KpiModule, days: KpiPeriodDays = 30) =>
  queryOptions({
    queryKey: ['kpis', module, days, currentLanguage()] as const,
    queryFn: () => request[module](periodQuery(days)),
    staleTime: 60_000,
  });

export const useKpis = (module: KpiModule, days: KpiPeriodDays = 30) => useQuery(getKpisQueryOptions(module, days));
