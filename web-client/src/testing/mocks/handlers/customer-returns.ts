import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { refused, validationProblem } from '../problems';

/**
 * Mirrors service's return-request endpoints and the customer's order timeline (src/Modules/Service/Service/Returns,
 * Customers) with their rules: the 30-day window from the known delivery or the date the agent gives, one decision per
 * request. State lives here; reset after every test.
 */

type CustomerReturn = ResponseOf<'/api/service/returns/{id}', 'get'>;
type RequestBody = BodyOf<'/api/service/returns', 'post'>;
type Timeline = ResponseOf<'/api/service/orders/{orderNumber}/timeline', 'get'>;

const windowDays = 30;
const state = {
  returns: [] as { details: CustomerReturn; history: HistoryEntry[] }[],
  timelines: [] as Timeline[],
  now: '2030-11-04T14:00:00Z',
};

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A return request as the host answers it: a refund of one unit, requested at the fixture's start, delivered ten days before. */
export function mockCustomerReturn(overrides: Partial<CustomerReturn> = {}): CustomerReturn {
  return {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    orderNumber: '111-0000001-0000001',
    sku: 'OPS-LAMP',
    quantity: 1,
    kind: 'Refund',
    reason: 'Defective',
    comment: 'The switch does not work.',
    status: 'Requested',
    deliveredOn: '2030-10-25',
    deliveredOnFrom: 'Timeline',
    windowDays,
    windowEndsOn: addDays('2030-10-25', windowDays),
    requestedAt: state.now,
    requestedBy: 'service@demo.ops',
    approvedAt: null,
    approvedBy: null,
    rejection: null,
    inspection: null,
    progress: [{ status: 'Requested', at: state.now, by: 'service@demo.ops' }],
    ...overrides,
  };
}

export function seedCustomerReturns(...returns: CustomerReturn[]): void {
  state.returns.push(...returns.map((details) => ({ details, history: [historyEntry(1, 'ReturnRequested', {}, details.requestedAt, details.requestedBy)] })));
}

/** What service knows of an order: shipped, delivered on time on 25 Oct 2030, one inquiry about it. */
export function seedOrderTimeline(overrides: Partial<Timeline> = {}): Timeline {
  const timeline: Timeline = {
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    orderNumber: '111-0000001-0000001',
    shipments: [{ carrier: 'UPS', trackingNumber: '1Z999', shippedAt: '2030-10-21T09:00:00Z', onTime: true, items: [{ sku: 'OPS-LAMP', quantity: 2 }] }],
    delivery: { deliveredAt: '2030-10-25T16:00:00Z', onTime: true, damaged: false },
    inquiries: [],
    returns: [],
    entries: [
      { at: '2030-10-21T09:00:00Z', kind: 'Shipped', recordId: null, summary: 'Shipped by UPS, tracking 1Z999' },
      { at: '2030-10-25T16:00:00Z', kind: 'Delivered', recordId: null, summary: 'Delivered to the door' },
      { at: '2030-10-28T08:00:00Z', kind: 'InquiryReceived', recordId: crypto.randomUUID(), summary: 'Lamp does not switch on' },
    ],
    ...overrides,
  };
  state.timelines.push(timeline);
  return timeline;
}

/** Logistics inspected the returned item: the page still shows it approved until fetched again. */
export function inspectElsewhere(id: string, inspection: NonNullable<CustomerReturn['inspection']>): void {
  const stored = find(id);
  if (stored)
    stored.details = {
      ...stored.details,
      status: 'Inspected',
      inspection,
      progress: [...stored.details.progress, { status: 'Inspected', at: inspection.inspectedAt, by: 'logistics@demo.ops' }],
      version: stored.details.version + 1,
    };
}

/** Another agent decided the request meanwhile: the page still shows it requested, the server refuses a second decision. */
export function decideElsewhere(id: string): void {
  const stored = find(id);
  if (stored) stored.details = { ...stored.details, status: 'Rejected', version: stored.details.version + 1 };
}

export function resetCustomerReturns(): void {
  state.returns = [];
  state.timelines = [];
}

const find = (id: string | readonly string[] | undefined) => state.returns.find((r) => r.details.id === id);

function change(id: string, event: string, apply: (r: CustomerReturn) => CustomerReturn) {
  const stored = find(id);
  if (!stored) return HttpResponse.json(null, { status: 404 });
  if (stored.details.status !== 'Requested') return refused('return.already_decided', 'The return request has already been decided.');
  stored.details = { ...apply(stored.details), version: stored.details.version + 1 };
  stored.history.push(historyEntry(stored.details.version, event, {}, state.now, 'service@demo.ops'));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

export const customerReturnsHandlers: HttpHandler[] = [
  http.get('*/api/service/returns', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const items = state.returns
      .map((r) => r.details)
      .filter((r) => (q.get('status') ? r.status === q.get('status') : true))
      .filter((r) => (q.get('kind') ? r.kind === q.get('kind') : true))
      .filter((r) => (q.get('orderNumber') ? r.orderNumber === q.get('orderNumber') : true))
      .filter((r) => (q.get('sku') ? r.sku === q.get('sku') : true))
      .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt));
    return HttpResponse.json(page(items, url));
  }),
  http.get('*/api/service/returns/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/service/returns/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/service/returns', async ({ request }) => {
    const body = (await request.json()) as RequestBody;
    if (body.quantity < 1) return validationProblem({ quantity: ["'Quantity' must be greater than '0'."] });
    const known = state.timelines.find((tl) => tl.orderNumber === body.orderNumber)?.delivery?.deliveredAt.slice(0, 10);
    const deliveredOn = known ?? body.deliveredOn ?? null;
    if (!deliveredOn) return refused('return.delivery_unknown', 'The delivery of the order is not known: give the date the customer received it.');
    const windowEndsOn = addDays(deliveredOn, windowDays);
    if (state.now.slice(0, 10) > windowEndsOn)
      return refused('return.outside_return_window', `The return window of ${windowDays} days after delivery ended on ${windowEndsOn}.`);
    const details = mockCustomerReturn({
      storeId: body.storeId,
      marketplace: body.marketplace,
      orderNumber: body.orderNumber,
      sku: body.sku,
      quantity: body.quantity,
      kind: body.kind,
      reason: body.reason,
      comment: body.comment ?? null,
      deliveredOn,
      deliveredOnFrom: known ? 'Timeline' : 'Agent',
      windowEndsOn,
    });
    seedCustomerReturns(details);
    return HttpResponse.json(details, { status: 201, headers: { ETag: '"1"', Location: `/api/service/returns/${details.id}` } });
  }),
  http.post('*/api/service/returns/:id/approve', ({ params }) =>
    change(params.id as string, 'ReturnApproved', (r) => ({
      ...r,
      status: 'Approved',
      approvedAt: state.now,
      approvedBy: 'service@demo.ops',
      progress: [...r.progress, { status: 'Approved', at: state.now, by: 'service@demo.ops' }],
    })),
  ),
  http.post('*/api/service/returns/:id/reject', async ({ params, request }) => {
    const { reason } = (await request.json()) as { reason: string };
    return change(params.id as string, 'ReturnRejected', (r) => ({
      ...r,
      status: 'Rejected',
      rejection: { reason, rejectedBy: 'service@demo.ops', rejectedAt: state.now },
      progress: [...r.progress, { status: 'Rejected', at: state.now, by: 'service@demo.ops' }],
    }));
  }),
  http.get('*/api/service/orders/:orderNumber/timeline', ({ params }) => {
    const timeline = state.timelines.find((tl) => tl.orderNumber === params.orderNumber);
    return timeline ? HttpResponse.json(timeline) : HttpResponse.json(null, { status: 404 });
  }),
];
