import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { problem, refused, validationProblem } from '../problems';

/**
 * Mirrors the order endpoints of the host (src/Modules/Logistics/Logistics/Orders) for the screens: the life cycle, the
 * queue by time left and the refusals the screens show. State lives here; reset after every test.
 */

type OrderDetails = ResponseOf<'/api/logistics/orders/{id}', 'get'>;
type ReceiveBody = BodyOf<'/api/logistics/orders', 'post'>;
type ShipBody = BodyOf<'/api/logistics/orders/{id}/ship', 'post'>;
type ImportJob = ResponseOf<'/api/logistics/orders/imports/{id}', 'get'>;

const state = {
  orders: [] as { details: OrderDetails; history: HistoryEntry[] }[],
  now: Date.parse('2030-11-04T14:00:00Z'),
  /** Import jobs and, per job, the states it still has to go through (each read of the job moves it one on). */
  imports: [] as { job: ImportJob; ahead: ImportJob[] }[],
  /** Stores logistics does not know (yet): an import into one is refused. */
  unknownStores: new Set<string>(),
};

/** An import job as the host answers it, just started. */
export function mockImportJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: crypto.randomUUID(), kind: 'orders', scope: '00000000-0000-0000-0000-000000000001', fileName: 'orders.csv', format: 'Csv', sha256: 'ab12',
    bytes: 1024, status: 'Validating', rowsRead: 0, records: 0, imported: 0, skipped: 0, errorCount: 0, errors: [], failure: null,
    startedBy: 'logistics@demo.ops', startedAt: '2030-11-04T14:00:00Z', finishedAt: null, finished: false, answersReimport: true,
    ...overrides,
  };
}

export function seedImports(...jobs: ImportJob[]): void {
  state.imports.push(...jobs.map((job) => ({ job, ahead: [] })));
}

/** Makes an import into this store refused, as the host refuses a store logistics does not know. */
export function refuseImportsInto(storeId: string): void {
  state.unknownStores.add(storeId);
}

/**
 * The mock's import of a file: rows are the CSV's lines after the header (or a JSON array's elements). A row with an
 * order number starting `BAD` is refused (nothing is written); one starting `OLD` is already there (skipped).
 */
function runImport(job: ImportJob, text: string): ImportJob[] {
  const rows: string[] = job.format === 'Json'
    ? (JSON.parse(text) as { orderNumber?: string }[]).map((o) => o.orderNumber ?? '')
    : text.trim().split(/\r?\n/).slice(1).map((line) => line.split(',')[1] ?? '');
  const records = rows.length;
  const errors = rows.flatMap((number, i) =>
    number.startsWith('BAD') ? [{ row: i + 1, field: 'quantity', code: 'validation_failed', message: "'Quantity' must be greater than '0'." }] : [],
  );
  const finishedAt = '2030-11-04T14:00:05Z';
  const checked = { ...job, rowsRead: records, records };
  if (errors.length > 0) return [checked, { ...checked, status: 'Rejected', errorCount: errors.length, errors, finished: true, finishedAt }];
  const skipped = rows.filter((n) => n.startsWith('OLD')).length;
  const half = Math.floor((records - skipped) / 2);
  return [
    checked,
    { ...checked, status: 'Importing', imported: half },
    { ...checked, status: 'Completed', imported: records - skipped, skipped, finished: true, finishedAt },
  ];
}

/** An order as the host answers it, received at the fixture's start and due two working days later. */
export function mockOrder(overrides: Partial<OrderDetails> = {}): OrderDetails {
  return {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    orderNumber: '111-0000001-0000001',
    buyer: { name: 'Jane Doe', email: null, phone: null, address: { line1: '1 Main St', line2: null, city: 'Springfield', region: null, postalCode: '62701', country: 'US' } },
    lines: [{ sku: 'OPS-LAMP', quantity: 2, unitPrice: { amount: 19.99, currency: 'USD' } }],
    skus: ['OPS-LAMP'],
    total: { amount: 39.98, currency: 'USD' },
    payment: 'Captured',
    purchasedAt: '2030-11-04T13:00:00Z',
    receivedAt: '2030-11-04T14:00:00Z',
    status: 'Received',
    holdReasons: [],
    reviewedAt: null,
    reviewDueAt: '2030-11-04T18:00:00Z',
    reviewDeadlineState: 'Running',
    timeZone: 'America/New_York',
    shipBy: '2030-11-06T14:00:00Z',
    shipWarnAt: '2030-11-05T14:00:00Z',
    shipDeadlineState: 'Running',
    shipWarnedAt: null,
    shipBreachedAt: null,
    warehouseId: null,
    backorderedSkus: [],
    expectedShipOn: null,
    shipment: null,
    shippedOnTime: null,
    lastTracking: null,
    trackingUpdates: 0,
    trackingDueAt: null,
    trackingUpdatesMissed: 0,
    deliveredAt: null,
    deliveredOnTime: null,
    damaged: false,
    exceptions: [],
    cancelReason: null,
    cancelledAt: null,
    closedAt: null,
    changedAt: '2030-11-04T14:00:00Z',
    ...overrides,
  } as OrderDetails;
}

export function seedOrders(...orders: OrderDetails[]): void {
  state.orders.push(...orders.map((details) => ({ details, history: [historyEntry(1, 'OrderReceived', {}, details.receivedAt, 'logistics@demo.ops')] })));
}

export function resetOrders(): void {
  state.orders = [];
  state.imports = [];
  state.unknownStores = new Set();
}

const open = ['Received', 'OnHold', 'Reviewed', 'Backordered', 'Allocated'];
const find = (id: string | readonly string[] | undefined) => state.orders.find((o) => o.details.id === id);

function change(id: string, event: string, apply: (o: OrderDetails) => OrderDetails) {
  const stored = find(id);
  if (!stored) return HttpResponse.json(null, { status: 404 });
  stored.details = { ...apply(stored.details), version: stored.details.version + 1 };
  stored.history.push(historyEntry(stored.details.version, event, {}, new Date(state.now).toISOString(), 'logistics@demo.ops'));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

export const ordersHandlers: HttpHandler[] = [
  http.get('*/api/logistics/orders', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const items = state.orders
      .map((o) => o.details)
      .filter((o) => (q.get('status') ? o.status === q.get('status') : true))
      .filter((o) => (q.get('open') === 'true' ? open.includes(o.status) : true))
      .filter((o) => (q.get('deadlineState') ? o.shipDeadlineState === q.get('deadlineState') : true))
      .filter((o) => { const sku = q.get('sku'); return sku ? o.skus.includes(sku) : true; })
      .sort((a, b) => Date.parse(a.shipBy) - Date.parse(b.shipBy));
    return HttpResponse.json(page(items, url));
  }),
  http.post('*/api/logistics/orders/import', async ({ request }) => {
    const url = new URL(request.url);
    const storeId = url.searchParams.get('storeId') ?? '';
    const fileName = url.searchParams.get('fileName') ?? 'orders.csv';
    if (!storeId) return validationProblem({ storeId: ["'Store Id' must not be empty."] });
    if (fileName.length > 200) return validationProblem({ fileName: ["The length of 'File Name' must be 200 characters or fewer."] });
    const type = request.headers.get('Content-Type') ?? '';
    if (!type.startsWith('text/csv') && !type.startsWith('application/json'))
      return problem(415, 'unsupported_media_type', 'Send text/csv or application/json', { detail: 'The body is the file of orders, sent as text/csv or application/json.' });
    if (state.unknownStores.has(storeId)) return refused('order.store_must_exist', "The order's store is not known to logistics.");
    const text = await request.text();
    const job = mockImportJob({ scope: storeId, fileName, format: type.startsWith('application/json') ? 'Json' : 'Csv', bytes: text.length });
    state.imports.unshift({ job, ahead: runImport(job, text) });
    return HttpResponse.json(job, { status: 202, headers: { Location: `/api/logistics/orders/imports/${job.id}` } });
  }),
  http.get('*/api/logistics/orders/imports', ({ request }) =>
    HttpResponse.json(page(state.imports.map((i) => ({ ...i.job, errors: [] })), new URL(request.url)))),
  http.get('*/api/logistics/orders/imports/:id', ({ params }) => {
    const stored = state.imports.find((i) => i.job.id === params.id);
    if (!stored) return problem(404, 'not_found', 'Not found', { detail: `No import job with id ${String(params.id)}.` });
    const next = stored.ahead.shift();
    if (next) stored.job = next;
    return HttpResponse.json(stored.job);
  }),
  http.get('*/api/logistics/orders/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/logistics/orders/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/logistics/orders', async ({ request }) => {
    const body = (await request.json()) as ReceiveBody;
    if (!body.orderNumber) return validationProblem({ orderNumber: ['Order number is required.'] });
    if (body.buyer.address.country === 'ZZ') return validationProblem({ 'buyer.address.country': ["'Country' is not an ISO 3166 country code."] });
    const known = state.orders.find((o) => o.details.marketplace === body.marketplace && o.details.orderNumber === body.orderNumber);
    if (known) return refused('order.number_must_be_unique', 'This marketplace already sent an order with this number, with different content.');
    const currency = body.lines[0]?.unitPrice.currency ?? '';
    const errors = Object.fromEntries(
      body.lines.flatMap((l, i) => (l.unitPrice.currency === currency ? [] : [[`lines[${i}].unitPrice.currency`, [`Every line of an order is priced in one currency: the first line's is ${currency}.`]]])),
    );
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    const total = { amount: body.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice.amount, 0), currency };
    const details = mockOrder({ orderNumber: body.orderNumber, marketplace: body.marketplace, lines: body.lines, skus: body.lines.map((l) => l.sku), total });
    seedOrders(details);
    return HttpResponse.json(details, { status: 201, headers: { ETag: '"1"', Location: `/api/logistics/orders/${details.id}` } });
  }),
  http.post('*/api/logistics/orders/:id/review', ({ params }) => {
    const stored = find(params.id);
    if (stored && !['Received', 'OnHold'].includes(stored.details.status))
      return refused('order.not_awaiting_review', 'Only a received order or one on hold is reviewed.');
    return change(params.id as string, 'OrderReviewed', (o) =>
      o.payment === 'Captured'
        ? { ...o, status: 'Reviewed', holdReasons: [], reviewDeadlineState: 'Met' }
        : { ...o, status: 'OnHold', holdReasons: [{ code: 'order.payment_not_captured', sku: null }], reviewDeadlineState: 'Met' });
  }),
  http.post('*/api/logistics/orders/:id/allocate', ({ params }) => {
    const stored = find(params.id);
    if (stored?.details.skus.includes('OPS-OUT-OF-STOCK'))
      return change(params.id as string, 'OrderBackordered', (o) => ({ ...o, status: 'Backordered', backorderedSkus: ['OPS-OUT-OF-STOCK'], expectedShipOn: '2030-11-29' }));
    return change(params.id as string, 'OrderAllocated', (o) => ({ ...o, status: 'Allocated', warehouseId: crypto.randomUUID() }));
  }),
  http.post('*/api/logistics/orders/:id/ship', async ({ params, request }) => {
    const body = (await request.json()) as ShipBody;
    if (body.shippingCost && !/^[A-Z]{3}$/.test(body.shippingCost.currency))
      return validationProblem({ 'shippingCost.currency': ['Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.'] });
    if (Date.parse(body.shippedAt ?? '') > Date.now()) return refused('order.ship_date_in_future', 'The ship date cannot be later than now.');
    return change(params.id as string, 'OrderShipped', (o) => ({
      ...o,
      status: 'Shipped',
      shipDeadlineState: 'Met',
      shippedOnTime: true,
      shipment: {
        warehouseId: o.warehouseId ?? crypto.randomUUID(), channelId: body.channelId, carrier: body.carrier, trackingNumber: body.trackingNumber,
        shippedAt: body.shippedAt ?? new Date(state.now).toISOString(), shippingCost: body.shippingCost ?? null, promisedDeliveryBy: body.promisedDeliveryBy ?? null,
      },
    }));
  }),
  http.post('*/api/logistics/orders/:id/cancel', async ({ params }) => {
    const stored = find(params.id);
    if (stored?.details.shipment) return refused('order.cannot_cancel_after_shipment', 'A shipped order cannot be cancelled; handle it as a return.');
    return change(params.id as string, 'OrderCancelled', (o) => ({ ...o, status: 'Cancelled', shipDeadlineState: 'Stopped' }));
  }),
];
