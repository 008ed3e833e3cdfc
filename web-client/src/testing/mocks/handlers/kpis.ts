import { http, HttpResponse, type HttpHandler } from 'msw';

import type { components } from '@/lib/api/schema';

import { unauthenticated } from '../problems';

type KpiReport = components['schemas']['KpiReport'];

const authenticated = (request: Request) => request.headers.get('Authorization')?.startsWith('Bearer ');
const chinese = (request: Request) => request.headers.get('Accept-Language')?.startsWith('zh') ?? false;

/** What the modules' KPI endpoints answer (names in the request's language, as Kpi.Of does). */
export const kpiReports = {
  selection: (zh: boolean): KpiReport => ({
    module: 'selection',
    asOf: '2026-12-04T09:00:00Z',
    kpis: [
      {
        code: 'selection.candidates_by_stage',
        name: zh ? '各阶段候选品数' : 'Candidates by stage',
        value: 7,
        unit: 'Count',
        parts: [
          { key: 'Proposed', value: 3 },
          { key: 'Approved', value: 4 },
        ],
      },
      { code: 'selection.screening_pass_rate', name: zh ? '筛选通过率' : 'Screening pass rate', value: 62.5, unit: 'Percent', parts: [] },
      { code: 'selection.sample_pass_rate', name: zh ? '样品通过率' : 'Sample pass rate', value: null, unit: 'Percent', parts: [] },
    ],
  }),
  listing: (zh: boolean): KpiReport => ({
    module: 'listing',
    asOf: '2026-12-04T09:00:00Z',
    kpis: [{ code: 'listing.average_days_to_live', name: zh ? '从批准到上架平均天数' : 'Average days from approval to live', value: 4.5, unit: 'Days', parts: [] }],
  }),
};

export const kpisHandlers: HttpHandler[] = [
  http.get('/api/selection/kpis', ({ request }) => (authenticated(request) ? HttpResponse.json(kpiReports.selection(chinese(request))) : unauthenticated())),
  http.get('/api/listing/kpis', ({ request }) => (authenticated(request) ? HttpResponse.json(kpiReports.listing(chinese(request))) : unauthenticated())),
];
