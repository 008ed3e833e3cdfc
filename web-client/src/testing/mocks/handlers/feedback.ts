import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { page } from '../paging';
import { refused, validationProblem } from '../problems';

/**
 * Mirrors the customer feedback endpoints of the host (src/Modules/Service/Service/Feedback): capture, route, done
 * (only once routed), dismiss (not once closed), and the voice of the customer counted by category and SKU. The
 * follow-up mock adds the feedback a suggestion becomes. State lives here; reset after every test.
 */

type Feedback = ResponseOf<'/api/service/feedback/{id}', 'get'>;
type CaptureBody = BodyOf<'/api/service/feedback', 'post'>;
type Category = Feedback['category'];

const now = '2030-11-04T14:00:00Z';
const categories: Category[] = ['ProductQuality', 'Packaging', 'ListingAccuracy', 'Shipping', 'Service', 'Price'];
export const feedbackDb = { items: [] as Feedback[] };

export function mockFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    category: 'Packaging',
    source: 'Review',
    sourceId: null,
    sku: 'OPS-LAMP',
    text: 'The box arrived crushed.',
    status: 'Captured',
    department: null,
    owner: null,
    routedAt: null,
    outcome: null,
    closedAt: null,
    capturedBy: 'service@demo.ops',
    capturedAt: now,
    ...overrides,
  };
}

export function seedFeedback(...items: Feedback[]): void {
  feedbackDb.items.push(...items);
}

/** Another agent closed the item meanwhile: the page still shows it open, the server refuses to act on it. */
export function dismissElsewhere(id: string): void {
  feedbackDb.items = feedbackDb.items.map((f) => (f.id === id ? { ...f, status: 'Dismissed', version: f.version + 1 } : f));
}

export function resetFeedback(): void {
  feedbackDb.items = [];
}

function change(id: string, apply: (f: Feedback) => Feedback | Response) {
  const item = feedbackDb.items.find((f) => f.id === id);
  if (!item) return HttpResponse.json(null, { status: 404 });
  if (item.status === 'Done' || item.status === 'Dismissed') return refused('feedback.closed', 'The feedback is done or dismissed already.');
  const next = apply(item);
  if (next instanceof Response) return next;
  const changed = { ...next, version: item.version + 1 };
  feedbackDb.items = feedbackDb.items.map((f) => (f.id === id ? changed : f));
  return HttpResponse.json(changed, { headers: { ETag: `"${changed.version}"` } });
}

export const feedbackHandlers: HttpHandler[] = [
  http.get('*/api/service/feedback/voice', () => {
    const byCategory = categories.map((category) => ({ category, count: feedbackDb.items.filter((f) => f.category === category).length }));
    const skus = [...new Set(feedbackDb.items.flatMap((f) => (f.sku ? [f.sku] : [])))];
    const bySku = skus
      .map((sku) => {
        const of = feedbackDb.items.filter((f) => f.sku === sku);
        return { sku, count: of.length, byCategory: Object.fromEntries(categories.flatMap((c) => (of.some((f) => f.category === c) ? [[c, of.filter((f) => f.category === c).length]] : []))) };
      })
      .sort((a, b) => b.count - a.count || a.sku.localeCompare(b.sku));
    return HttpResponse.json({ period: { from: '2030-10-05T14:00:00Z', to: now }, total: feedbackDb.items.length, byCategory, bySku });
  }),
  http.get('*/api/service/feedback', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const items = feedbackDb.items
      .filter((f) => (q.get('status') ? f.status === q.get('status') : true))
      .filter((f) => (q.get('category') ? f.category === q.get('category') : true))
      .filter((f) => (q.get('department') ? f.department === q.get('department') : true))
      .filter((f) => (q.get('open') === 'true' ? f.status === 'Captured' || f.status === 'Routed' : true))
      .sort((a, b) => Date.parse(b.capturedAt) - Date.parse(a.capturedAt));
    return HttpResponse.json(page(items, url));
  }),
  http.get('*/api/service/feedback/:id', ({ params }) => {
    const item = feedbackDb.items.find((f) => f.id === params.id);
    return item ? HttpResponse.json(item) : HttpResponse.json(null, { status: 404 });
  }),
  http.post('*/api/service/feedback', async ({ request }) => {
    const body = (await request.json()) as CaptureBody;
    const item = mockFeedback({ ...body, sku: body.sku ?? null, sourceId: body.sourceId ?? null });
    seedFeedback(item);
    return HttpResponse.json(item, { status: 201, headers: { ETag: '"1"', Location: `/api/service/feedback/${item.id}` } });
  }),
  http.post('*/api/service/feedback/:id/route', async ({ params, request }) => {
    const { department, owner } = (await request.json()) as { department: string; owner?: string | null };
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(department))
      return validationProblem({ department: ['A department is written in lower case, e.g. product.'] });
    return change(params.id as string, (f) => ({ ...f, status: 'Routed', department, owner: owner ?? null, routedAt: now }));
  }),
  http.post('*/api/service/feedback/:id/done', async ({ params, request }) => {
    const { text } = (await request.json()) as { text: string };
    return change(params.id as string, (f) =>
      f.status !== 'Routed' ? refused('feedback.must_be_routed', 'Route the feedback to a department first.') : { ...f, status: 'Done', outcome: text, closedAt: now },
    );
  }),
  http.post('*/api/service/feedback/:id/dismiss', async ({ params, request }) => {
    const { text } = (await request.json()) as { text: string };
    return change(params.id as string, (f) => ({ ...f, status: 'Dismissed', outcome: text, closedAt: now }));
  }),
];
