import { http, HttpResponse, type HttpHandler } from 'msw';

import type { components } from '@/lib/api/schema';

import { unauthenticated } from '../problems';

type KpiReport = components['schemas']['KpiReport'];
type Kpi = components['schemas']['Kpi'];

const authenticated = (request: Request) => request.headers.get('Authorization')?.startsWith('Bearer ');
const chinese = (request: Request) => request.headers.get('Accept-Language')?.startsWith('zh') ?? false;

/** The report's period: November 2026 (the 30 days up to 1 December, as the server's default would be then). */
export const kpiPeriod = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

/** A figure over the period, with the previous period and a trend ending in `value`. */
function overPeriod(kpi: Pick<Kpi, 'code' | 'name' | 'unit'> & Partial<Kpi>, trend: (number | null)[]): Kpi {
  const value = trend[trend.length - 1] ?? null;
  return {
    parts: [],
    scope: 'Period',
    direction: 'HigherIsBetter',
    previous: trend[trend.length - 2] ?? null,
    target: null,
    targetMet: null,
    list: null,
    value,
    trend: trend.map((v, i) => ({ from: `${months[i]}-01T00:00:00Z`, to: `${months[i]}-28T00:00:00Z`, value: v })),
    ...kpi,
  };
}

/** A figure of how things stand now: no previous value, no trend. */
function now(kpi: Pick<Kpi, 'code' | 'name' | 'unit' | 'value'> & Partial<Kpi>): Kpi {
  return { parts: [], scope: 'Now', direction: 'Neutral', previous: null, target: null, targetMet: null, trend: [], list: null, ...kpi };
}

const candidates = (query: Record<string, string> = {}) => ({ resource: '/api/selection/candidates', query });
const window = { from: kpiPeriod.from, to: kpiPeriod.to };
const orders = { resource: '/api/logistics/orders', query: {} };

/** What the modules' KPI endpoints answer (names in the request's language, as Kpi.Of does). */
export const kpiReports = {
  selection: (zh: boolean): KpiReport => ({
    module: 'selection',
    asOf: '2026-12-01T09:00:00Z',
    period: kpiPeriod,
    kpis: [
      now({
        code: 'selection.candidates_by_stage',
        name: zh ? '各阶段候选品数' : 'Candidates by stage',
        value: 7,
        unit: 'Count',
        parts: [
          { key: 'Proposed', value: 3, list: candidates({ stage: 'Proposed' }) },
          { key: 'Approved', value: 4, list: candidates({ stage: 'Approved' }) },
        ],
        list: candidates(),
      }),
      overPeriod(
        {
          code: 'selection.screening_pass_rate',
          name: zh ? '筛选通过率' : 'Screening pass rate',
          unit: 'Percent',
          target: 60,
          targetMet: true,
          list: candidates({ activity: 'Screened', ...window }),
        },
        [null, null, 40, 50, 55, 62.5],
      ),
      overPeriod(
        {
          code: 'selection.average_days_proposed_to_approved',
          name: zh ? '从提交到批准的平均天数' : 'Average days from proposal to approval',
          unit: 'Days',
          direction: 'LowerIsBetter',
          target: 10,
          targetMet: false,
          list: candidates({ activity: 'Approved', ...window }),
        },
        [null, null, null, 9, 10, 12.5],
      ),
      overPeriod(
        { code: 'selection.sample_pass_rate', name: zh ? '样品通过率' : 'Sample pass rate', unit: 'Percent', list: candidates({ activity: 'SampleTested', ...window }) },
        [null, null, null, null, null, null],
      ),
      now({
        code: 'selection.suppliers_by_grade',
        name: zh ? '各等级供应商数' : 'Suppliers by grade',
        value: 0,
        unit: 'Count',
        parts: [
          { key: 'A', value: 0, list: { resource: '/api/selection/suppliers', query: { grade: 'A' } } },
          { key: 'ungraded', value: 0, list: null },
        ],
        list: { resource: '/api/selection/suppliers', query: {} },
      }),
    ],
  }),
  listing: (zh: boolean): KpiReport => ({
    module: 'listing',
    asOf: '2026-12-01T09:00:00Z',
    period: kpiPeriod,
    kpis: [
      overPeriod(
        {
          code: 'listing.average_days_to_live',
          name: zh ? '从批准到上架平均天数' : 'Average days from approval to live',
          unit: 'Days',
          direction: 'LowerIsBetter',
          list: { resource: '/api/listing/listings', query: { activity: 'FirstWentLive', ...window } },
        },
        [5, 5, 4, 4, 5, 4.5],
      ),
      overPeriod(
        {
          code: 'promotions.acos',
          name: zh ? '推广 ACoS（广告花费占销售额比例）' : 'Promotion ACoS',
          unit: 'Percent',
          direction: 'LowerIsBetter',
          target: 25,
          targetMet: true,
          parts: [{ key: 'USD', value: 20, list: null }],
          list: { resource: '/api/listing/promotions', query: { activity: 'WeekOfResults', ...window } },
        },
        [null, null, null, null, 30.77, 20],
      ),
      overPeriod(
        {
          code: 'promotions.roi',
          name: zh ? '推广投资回报率（销售额 / 花费）' : 'Promotion ROI (sales / spend)',
          unit: 'Ratio',
          parts: [{ key: 'USD', value: 1.8, list: null }],
          list: { resource: '/api/listing/promotions', query: { activity: 'WeekOfResults', ...window } },
        },
        [null, null, null, null, 3.25, 1.8],
      ),
    ],
  }),
  /** As the demo data's host answers it: rates of orders with their targets, a cost share per currency, stock figures. */
  logistics: (zh: boolean): KpiReport => ({
    module: 'logistics',
    asOf: '2026-12-01T09:00:00Z',
    period: kpiPeriod,
    kpis: [
      overPeriod(
        {
          code: 'logistics.on_time_ship_rate',
          name: zh ? '准时发货率' : 'On-time shipping rate',
          unit: 'Percent',
          target: 98,
          targetMet: false,
          list: orders,
        },
        [null, null, null, null, 100, 83.3],
      ),
      overPeriod(
        {
          code: 'logistics.tracking_updated_rate',
          name: zh ? '物流跟踪及时更新率' : 'Tracking updated in time',
          unit: 'Percent',
          target: 95,
          targetMet: true,
          list: orders,
        },
        [null, null, null, null, 100, 100],
      ),
      overPeriod(
        {
          code: 'logistics.delay_rate',
          name: zh ? '物流延误率' : 'Logistics delay rate',
          unit: 'Percent',
          direction: 'LowerIsBetter',
          target: 3,
          targetMet: false,
          list: orders,
        },
        [null, null, null, null, 0, 33.3],
      ),
      overPeriod(
        {
          code: 'logistics.damage_rate',
          name: zh ? '破损率' : 'Damage rate',
          unit: 'Percent',
          direction: 'LowerIsBetter',
          target: 0.5,
          targetMet: false,
          list: orders,
        },
        [null, null, null, null, 0, 33.3],
      ),
      overPeriod(
        {
          code: 'costs.cost_of_sales',
          name: zh ? '物流成本占销售额比例' : 'Logistics cost as % of sales',
          unit: 'Percent',
          direction: 'LowerIsBetter',
          parts: [{ key: 'USD', value: 20.4, list: null }],
        },
        [null, null, null, null, null, 20.4],
      ),
      overPeriod(
        {
          code: 'stocktakes.accuracy',
          name: zh ? '盘点准确率' : 'Stocktake accuracy',
          unit: 'Percent',
          list: { resource: '/api/logistics/stocktakes', query: { status: 'Approved' } },
        },
        [null, null, null, null, null, 50],
      ),
      overPeriod(
        { code: 'inventory.turnover', name: zh ? '库存周转率（销货成本 / 平均库存价值）' : 'Inventory turnover (COGS / average inventory value)', unit: 'Ratio' },
        [null, null, null, null, 0.02, 0.03],
      ),
      overPeriod(
        {
          code: 'inventory.stockout_days',
          name: zh ? '缺货天数（在售 SKU 各仓可用库存为零的天数）' : 'Stockout days (SKU × warehouse days with nothing available while sellable)',
          unit: 'Days',
          direction: 'LowerIsBetter',
        },
        [null, null, null, null, 2, 0],
      ),
    ],
  }),
  /** Response rates per clock with a part per agent, and the average response time in minutes. */
  service: (zh: boolean): KpiReport => ({
    module: 'service',
    asOf: '2026-12-01T09:00:00Z',
    period: kpiPeriod,
    kpis: [
      overPeriod(
        {
          code: 'service.timely_response_rate',
          name: zh ? '及时回复率' : 'Timely response rate',
          unit: 'Percent',
          target: 95,
          targetMet: false,
          parts: [{ key: 'mei@demo.ops', value: 100, list: null }, { key: 'tom@demo.ops', value: 50, list: null }],
          list: { resource: '/api/service/inquiries', query: { status: 'Responded' } },
        },
        [null, null, null, null, 90, 75],
      ),
      overPeriod(
        {
          code: 'service.average_response_minutes',
          name: zh ? '平均回复时长' : 'Average response time',
          unit: 'Minutes',
          direction: 'LowerIsBetter',
          list: { resource: '/api/service/inquiries', query: { status: 'Responded' } },
        },
        [null, null, null, null, 50, 42.5],
      ),
    ],
  }),
};

export const kpisHandlers: HttpHandler[] = [
  http.get('/api/selection/kpis', ({ request }) => (authenticated(request) ? HttpResponse.json(kpiReports.selection(chinese(request))) : unauthenticated())),
  http.get('/api/listing/kpis', ({ request }) => (authenticated(request) ? HttpResponse.json(kpiReports.listing(chinese(request))) : unauthenticated())),
  http.get('/api/logistics/kpis', ({ request }) => (authenticated(request) ? HttpResponse.json(kpiReports.logistics(chinese(request))) : unauthenticated())),
  http.get('/api/service/kpis', ({ request }) => (authenticated(request) ? HttpResponse.json(kpiReports.service(chinese(request))) : unauthenticated())),
];
