import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { refused, validationProblem } from '../problems';

/**
 * Mirrors the order endpoints of the host (src/Modules/Logistics/Logistics/Orders) for the screens: the life cycle, the
 * queue by time left and the refusals the screens show. State lives here; reset after every test.
 */

type OrderDetails = ResponseOf<'/api/logistics/orders/{id}', 'get'>;
type ReceiveBody = BodyOf<'/api/logistics/orders', 'post'>;
type ShipBody = BodyOf<'/api/logistics/orders/{id}/ship', 'post'>;

const state = { orders: [] as { details: OrderDetails; history: HistoryEntry[] }[], now: Date.parse('2030-11-04T14:00:00Z') };

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
  http.get('*/api/logistics/orders/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/logistics/orders/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/logistics/orders', async ({ request }) => {
    const body = (await request.json()) as ReceiveBody;
    if (!body.orderNumber) return validationProblem({ orderNumber: ['Order number is required.'] });
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
    if (Date.parse(body.shippedAt ?? '') > Date.now()) return refused('order.ship_date_in_future', 'The ship date cannot be later than now.');
    return change(params.id as string, 'OrderShipped', (o) => ({
      ...o,
      status: 'Shipped',
      shipDeadlineState: 'Met',
      shippedOnTime: true,
      shipment: {
        warehouseId: o.warehouseId ?? crypto.randomUUID(), channelId: body.channelId, carrier: body.carrier, trackingNumber: body.trackingNumber,
        shippedAt: body.shippedAt ?? new Date(state.now).toISOString(), shippingCost: body.shippingCost ?? null, costCurrency: body.costCurrency ?? null, promisedDeliveryBy: body.promisedDeliveryBy ?? null,
      },
    }));
  }),
  http.post('*/api/logistics/orders/:id/cancel', async ({ params }) => {
    const stored = find(params.id);
    if (stored?.details.shipment) return refused('order.cannot_cancel_after_shipment', 'A shipped order cannot be cancelled; handle it as a return.');
    return change(params.id as string, 'OrderCancelled', (o) => ({ ...o, status: 'Cancelled', shipDeadlineState: 'Stopped' }));
  }),
];
