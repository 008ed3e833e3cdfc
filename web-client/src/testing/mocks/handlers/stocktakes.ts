import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { type HistoryEntry, historyEntry } from '../history';
import { page } from '../paging';
import { problem, refused, validationProblem } from '../problems';

/**
 * Mirrors the stocktake endpoints of the host (src/Modules/Logistics/Logistics/Stocktakes) and the logistics reads they
 * need (open warehouses, settings), with their rules under the default review threshold (2 %). Reset after every test.
 */

type Stocktake = ResponseOf<'/api/logistics/stocktakes/{id}', 'get'>;
type ScheduleRow = ResponseOf<'/api/logistics/stocktakes/schedule', 'get'>[number];
export type MockWarehouse = ResponseOf<'/api/logistics/warehouses', 'get'>['items'][number];
type CountsBody = BodyOf<'/api/logistics/stocktakes/{id}/counts', 'put'>;
type PlanBody = BodyOf<'/api/logistics/stocktakes', 'post'>;

export const demoStoreId = '0190d000-0000-7000-8000-0000000000aa';
export const ontario: MockWarehouse = {
  id: '0190d000-0000-7000-8000-000000000001', version: 1, code: 'FBA-ONT8', name: 'Amazon ONT8', type: 'FbaFulfilmentCentre', storeId: demoStoreId,
  country: 'US', timeZone: 'America/Los_Angeles', closed: false, registeredAt: '2026-11-01T08:00:00Z', changedAt: null,
};

const state = {
  stocktakes: [] as { details: Stocktake; history: HistoryEntry[] }[],
  schedule: [] as ScheduleRow[],
  stock: new Map<string, number>(),
  sequence: 0,
  reviewPercent: 2,
};

export function resetStocktakes(): void {
  state.stocktakes = [];
  state.schedule = [];
  state.stock = new Map();
  state.sequence = 0;
  state.reviewPercent = 2;
}

const nextId = () => `0190d100-0000-7000-8000-${(++state.sequence).toString(16).padStart(12, '0')}`;
const at = () => new Date(Date.UTC(2026, 11, 7, 9, state.sequence)).toISOString();

/** A stocktake of the Ontario warehouse; `lines` given: counting with those system quantities. */
export function seedStocktake(overrides: Partial<Stocktake> = {}, lines?: Record<string, number>): Stocktake {
  const details: Stocktake = {
    id: nextId(), version: 1, warehouseId: ontario.id, storeId: demoStoreId, status: lines ? 'Counting' : 'Planned', skus: null, plannedOn: '2026-12-07',
    lines: Object.entries(lines ?? {}).map(([sku, systemQuantity]) => ({
      sku, systemQuantity, countedQuantity: null, variance: null, variancePercent: null, reason: null, onHandBefore: null, onHandAfter: null,
    })),
    linesCounted: 0, linesWithVariance: 0, recounts: 0, plannedBy: 'logistics@demo.ops', plannedAt: '2026-12-06T08:00:00Z',
    startedAt: lines ? '2026-12-07T08:00:00Z' : null, submittedAt: null, approvedBy: null, approvedAt: null, changedAt: null,
    ...overrides,
  };
  state.stocktakes.push({ details, history: [historyEntry(1, 'StocktakePlanned', {}, details.plannedAt, details.plannedBy)] });
  return details;
}

export function seedSchedule(row: Partial<ScheduleRow> = {}): void {
  state.schedule.push({
    warehouseId: ontario.id, warehouseCode: ontario.code, warehouseName: ontario.name, lastApprovedOn: '2026-11-26', nextDueOn: '2026-12-03',
    dueState: 'Overdue', daysOverdue: 4, openStocktakeId: null, openStocktakeStatus: null, openStocktakePlannedOn: null, ...row,
  });
}

export const storedStocktake = (id: string) => state.stocktakes.find((s) => s.details.id === id)?.details;

const variance = (system: number, counted: number) => ({
  variance: counted - system,
  variancePercent: system === 0 ? (counted === 0 ? 0 : 100) : ((counted - system) * 100) / system,
});

function change(id: string, request: Request, event: string, apply: (s: Stocktake) => Stocktake | Response) {
  const stored = state.stocktakes.find((s) => s.details.id === id);
  if (!stored) return problem(404, 'not_found', 'Not found', { detail: `No stocktake with id ${id}.` });
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch && ifMatch !== `"${stored.details.version}"`)
    return problem(412, 'version_mismatch', 'Stale version', { detail: `If-Match named version ${ifMatch}, but the record is at version ${stored.details.version}.` });
  const result = apply(stored.details);
  if (result instanceof Response) return result;
  const tallied = {
    ...result,
    version: stored.details.version + 1,
    linesCounted: result.lines.filter((l) => l.countedQuantity != null).length,
    linesWithVariance: result.lines.filter((l) => (l.variance ?? 0) !== 0).length,
  };
  stored.details = tallied;
  stored.history.push(historyEntry(tallied.version, event, {}, at(), 'logistics@demo.ops'));
  return HttpResponse.json(tallied, { headers: { ETag: `"${tallied.version}"` } });
}

export const stocktakesHandlers: HttpHandler[] = [
  http.get('/api/logistics/warehouses', ({ request }) => HttpResponse.json(page([ontario], new URL(request.url)))),
  http.get('/api/logistics/settings', () =>
    HttpResponse.json({ id: '0190d000-0000-7000-8000-00000000ffff', version: 1, settings: { varianceReviewPercent: state.reviewPercent, stocktakeEveryDays: 7 } }),
  ),
  http.get('/api/logistics/stocktakes/schedule', () => HttpResponse.json(state.schedule)),
  http.get('/api/logistics/stocktakes', ({ request }) => {
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const overdue = url.searchParams.get('overdue');
    const items = state.stocktakes
      .map((s) => s.details)
      .filter((s) => !status || s.status === status)
      .filter((s) => overdue !== 'true' || (s.status === 'Planned' && s.plannedOn < '2026-12-07'));
    return HttpResponse.json(page(items, url));
  }),
  http.post('/api/logistics/stocktakes', async ({ request }) => {
    const body = (await request.json()) as PlanBody;
    if (!body.plannedOn) return validationProblem({ plannedOn: ["'Planned On' must not be empty."] });
    const created = seedStocktake({ warehouseId: body.warehouseId, plannedOn: body.plannedOn, skus: body.skus ?? null });
    return HttpResponse.json(created, { status: 201, headers: { Location: `/api/logistics/stocktakes/${created.id}`, ETag: '"1"' } });
  }),
  http.get('/api/logistics/stocktakes/:id', ({ params }) => {
    const stored = storedStocktake(String(params.id));
    return stored ? HttpResponse.json(stored) : problem(404, 'not_found', 'Not found', { detail: `No stocktake with id ${String(params.id)}.` });
  }),
  http.get('/api/logistics/stocktakes/:id/history', ({ params }) =>
    HttpResponse.json(state.stocktakes.find((s) => s.details.id === params.id)?.history ?? []),
  ),
  http.post('/api/logistics/stocktakes/:id/start', ({ params, request }) =>
    change(String(params.id), request, 'StocktakeStarted', (s) =>
      s.status !== 'Planned'
        ? refused('stocktake.not_planned', 'Only a planned stocktake can start counting.')
        : {
            ...s, status: 'Counting', startedAt: at(),
            lines: (s.skus ?? [...state.stock.keys()]).map((sku) => ({
              sku, systemQuantity: state.stock.get(sku) ?? 0, countedQuantity: null, variance: null, variancePercent: null, reason: null, onHandBefore: null, onHandAfter: null,
            })),
          },
    ),
  ),
  http.put('/api/logistics/stocktakes/:id/counts', async ({ params, request }) => {
    const body = (await request.json()) as CountsBody;
    return change(String(params.id), request, 'StocktakeCountsEntered', (s) =>
      s.status !== 'Counting'
        ? refused('stocktake.not_counting', 'Counts are entered and submitted only while the stocktake is counting.')
        : {
            ...s,
            lines: s.lines.map((l) => {
              const c = body.lines.find((x) => x.sku === l.sku);
              return c && c.countedQuantity != null
                ? { ...l, countedQuantity: c.countedQuantity, reason: c.reason ?? null, ...variance(l.systemQuantity, c.countedQuantity) }
                : l;
            }),
          },
    );
  }),
  http.post('/api/logistics/stocktakes/:id/submit', ({ params, request }) =>
    change(String(params.id), request, 'StocktakeSubmitted', (s) => {
      if (s.status !== 'Counting') return refused('stocktake.not_counting', 'Counts are entered and submitted only while the stocktake is counting.');
      const unexplained = s.lines
        .map((l, i) => ({ l, i }))
        .filter(({ l }) => Math.abs(l.variancePercent ?? 0) > state.reviewPercent && !l.reason);
      if (unexplained.length > 0)
        return refused(
          'stocktake.variance_needs_reason',
          'A line whose variance exceeds the review threshold needs a reason.',
          unexplained.map(({ l, i }) => ({
            code: 'stocktake.variance_needs_reason', field: `lines[${i}].reason`,
            message: `${l.sku}: the variance exceeds ${state.reviewPercent} % of the system quantity; say why.`,
          })),
        );
      return { ...s, status: 'Submitted', submittedAt: at() };
    }),
  ),
  http.post('/api/logistics/stocktakes/:id/approve', ({ params, request }) =>
    change(String(params.id), request, 'StocktakeApproved', (s) =>
      s.status !== 'Submitted'
        ? refused('stocktake.not_submitted', 'Only a submitted stocktake can be approved or sent back for a recount.')
        : {
            ...s, status: 'Approved', approvedAt: at(), approvedBy: 'ops-manager@demo.ops',
            lines: s.lines.map((l) => (l.variance ? { ...l, onHandBefore: l.systemQuantity, onHandAfter: l.systemQuantity + l.variance } : l)),
          },
    ),
  ),
  http.post('/api/logistics/stocktakes/:id/recount', async ({ params, request }) => {
    const body = (await request.json()) as { skus: string[]; reason: string };
    if (!body.reason) return validationProblem({ reason: ["'Reason' must not be empty."] });
    return change(String(params.id), request, 'StocktakeRecountOrdered', (s) =>
      s.status !== 'Submitted'
        ? refused('stocktake.not_submitted', 'Only a submitted stocktake can be approved or sent back for a recount.')
        : {
            ...s, status: 'Counting', recounts: s.recounts + 1, submittedAt: null,
            lines: s.lines.map((l) => (body.skus.includes(l.sku) ? { ...l, countedQuantity: null, variance: null, variancePercent: null, reason: null } : l)),
          },
    );
  }),
];

/** Stock on hand the next stocktake of every SKU starts from. */
export function seedStock(sku: string, onHand: number): void {
  state.stock.set(sku, onHand);
}
