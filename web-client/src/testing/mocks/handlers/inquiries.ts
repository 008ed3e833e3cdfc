import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { refused, validationProblem } from '../problems';

import { findAnswer } from './answers';

/** The library lives in the answers mock: a response cites from it. */
export { seedAnswer } from './answers';

/**
 * Mirrors the inquiry endpoints of the host (src/Modules/Service/Service/Inquiries) for the screens: the inbox in urgency
 * order, recording, the first answer and its refusals. State lives here; reset after every test.
 */

type InquiryDetails = ResponseOf<'/api/service/inquiries/{id}', 'get'>;
type ReceiveBody = BodyOf<'/api/service/inquiries', 'post'>;
type RespondBody = BodyOf<'/api/service/inquiries/{id}/responses', 'post'>;

const state = {
  inquiries: [] as { details: InquiryDetails; history: HistoryEntry[] }[],
  now: '2030-11-04T14:00:00Z',
};

/** An inquiry as the host answers it: an open e-mail received at the fixture's start, our clock due an hour later. */
export function mockInquiry(overrides: Partial<InquiryDetails> = {}): InquiryDetails {
  return {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    channel: 'Email',
    customer: { name: 'Jane Doe', email: 'jane@example.com' },
    message: { subject: 'Where is my lamp?', body: 'It has not arrived yet.', topic: 'OrderStatus', orderNumber: '111-0000001-0000001', sku: 'OPS-LAMP', language: 'en' },
    status: 'Open',
    receivedAt: state.now,
    timeZone: 'America/New_York',
    ourDeadline: { withinMinutes: 60, warnAt: '2030-11-04T14:48:00Z', dueAt: '2030-11-04T15:00:00Z', state: 'Running', warnedAt: null, breachedAt: null, respondedInTime: null },
    amazonDeadline: null,
    deadlineState: 'Running',
    urgencyRank: 2,
    firstDueAt: '2030-11-04T15:00:00Z',
    responses: [],
    reopenings: [],
    resolvedBy: null,
    resolvedAt: null,
    resolutionNote: null,
    closedBy: null,
    closedAt: null,
    satisfaction: null,
    shipmentExceptionId: null,
    recordedBy: 'service@demo.ops',
    recordedAt: state.now,
    ...overrides,
  };
}

export function seedInquiries(...inquiries: InquiryDetails[]): void {
  state.inquiries.push(...inquiries.map((details) => ({ details, history: [historyEntry(1, 'InquiryReceived', {}, details.receivedAt, details.recordedBy)] })));
}

/** Another agent resolves the inquiry meanwhile: the page still shows it open, the server refuses an answer to it. */
export function resolveElsewhere(id: string): void {
  const stored = find(id);
  if (stored) stored.details = { ...stored.details, status: 'Resolved', version: stored.details.version + 1 };
}

export function resetInquiries(): void {
  state.inquiries = [];
}

const find = (id: string | readonly string[] | undefined) => state.inquiries.find((i) => i.details.id === id);

/** A change to a stored inquiry: its next version, and the event in its history. */
function change(id: string, event: string, apply: (i: InquiryDetails) => InquiryDetails) {
  const stored = find(id);
  if (!stored) return HttpResponse.json(null, { status: 404 });
  stored.details = { ...apply(stored.details), version: stored.details.version + 1 };
  stored.history.push(historyEntry(stored.details.version, event, {}, state.now, 'service@demo.ops'));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

export const inquiriesHandlers: HttpHandler[] = [
  http.get('*/api/service/inquiries', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const search = q.get('search')?.toLowerCase();
    const items = state.inquiries
      .map((i) => i.details)
      .filter((i) => (q.get('status') ? i.status === q.get('status') : true))
      .filter((i) => (q.get('deadlineState') ? i.deadlineState === q.get('deadlineState') : true))
      .filter((i) => (q.get('channel') ? i.channel === q.get('channel') : true))
      .filter((i) => (q.get('topic') ? i.message.topic === q.get('topic') : true))
      .filter((i) => (search ? `${i.message.subject} ${i.customer.name} ${i.message.orderNumber ?? ''}`.toLowerCase().includes(search) : true))
      .sort((a, b) => a.urgencyRank - b.urgencyRank || Date.parse(a.firstDueAt) - Date.parse(b.firstDueAt));
    return HttpResponse.json(page(items, url));
  }),
  http.get('*/api/service/inquiries/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/service/inquiries/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/service/inquiries', async ({ request }) => {
    const body = (await request.json()) as ReceiveBody;
    if (body.customer.email && !body.customer.email.includes('@'))
      return validationProblem({ 'customer.email': ["'Email' is not a valid email address."] });
    const amazon = body.channel === 'AmazonBuyerMessage';
    const details = mockInquiry({
      marketplace: body.marketplace,
      channel: body.channel ?? 'Email',
      customer: { name: body.customer.name, email: body.customer.email ?? null },
      message: { subject: body.subject, body: body.body, topic: body.topic ?? 'Other', orderNumber: body.orderNumber ?? null, sku: body.sku ?? null, language: body.language ?? null },
      amazonDeadline: amazon
        ? { withinMinutes: 1440, warnAt: '2030-11-05T09:12:00Z', dueAt: '2030-11-05T14:00:00Z', state: 'Running', warnedAt: null, breachedAt: null, respondedInTime: null }
        : null,
    });
    seedInquiries(details);
    return HttpResponse.json(details, { status: 201, headers: { ETag: '"1"', Location: `/api/service/inquiries/${details.id}` } });
  }),
  http.post('*/api/service/inquiries/:id/responses', async ({ params, request }) => {
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const d = stored.details;
    if (d.status !== 'Open' && d.status !== 'Responded')
      return refused('inquiry.resolved_or_closed_cannot_be_answered', 'A resolved or closed inquiry takes no response; reopen it first.');
    const { text, answerId } = (await request.json()) as RespondBody;
    const answer = findAnswer(answerId)?.details;
    if (answerId && answer?.status !== 'Approved') return refused('inquiry.cited_answer_must_be_approved', 'Only an approved standard answer can be cited.');
    const first = d.status === 'Open';
    const met = (clock: InquiryDetails['ourDeadline']) => ({ ...clock, state: clock.state === 'Breached' ? 'Breached' : 'Met', respondedInTime: clock.state !== 'Breached' }) as const;
    const citedAnswer = answer ? { answerId: answer.id, version: answer.answerVersion, question: answer.question, englishText: answer.englishText } : null;
    const response = { number: d.responses.length + 1, text, citedAnswer, stoppedClocks: first, respondedBy: 'service@demo.ops', respondedAt: state.now, review: null, timing: null };
    return change(d.id, 'InquiryResponded', (i) => ({
      ...i,
      responses: [...i.responses, response],
      ...(first
        ? {
            status: 'Responded',
            ourDeadline: met(i.ourDeadline),
            amazonDeadline: i.amazonDeadline ? met(i.amazonDeadline) : null,
            deadlineState: i.deadlineState === 'Breached' ? 'Breached' : 'Met',
            urgencyRank: 3,
          }
        : {}),
    }));
  }),
  http.post('*/api/service/inquiries/:id/resolve', async ({ params, request }) => {
    const { note } = (await request.json()) as { note?: string | null };
    if (find(params.id)?.details.status !== 'Responded') return refused('inquiry.unanswered_cannot_be_resolved', 'Answer the inquiry before resolving it.');
    return change(params.id as string, 'InquiryResolved', (i) => ({ ...i, status: 'Resolved', resolvedBy: 'service@demo.ops', resolvedAt: state.now, resolutionNote: note ?? null }));
  }),
  http.post('*/api/service/inquiries/:id/close', ({ params }) => {
    if (find(params.id)?.details.status !== 'Resolved') return refused('inquiry.must_be_resolved_before_closing', 'Only a resolved inquiry is closed.');
    return change(params.id as string, 'InquiryClosed', (i) => ({ ...i, status: 'Closed', closedBy: 'service@demo.ops', closedAt: state.now }));
  }),
  http.post('*/api/service/inquiries/:id/reopen', async ({ params, request }) => {
    const { message } = (await request.json()) as { message: string };
    return change(params.id as string, 'InquiryReopened', (i) => ({
      ...i,
      status: 'Open',
      ourDeadline: { ...i.ourDeadline, state: 'Running', respondedInTime: null },
      deadlineState: 'Running',
      urgencyRank: 2,
      reopenings: [...i.reopenings, { message, receivedAt: state.now, reopenedBy: 'service@demo.ops', reopenedAt: state.now }],
    }));
  }),
  http.post('*/api/service/inquiries/:id/satisfaction', async ({ params, request }) => {
    const { score, comment } = (await request.json()) as { score: number; comment?: string | null };
    return change(params.id as string, 'InquirySatisfactionRecorded', (i) => ({
      ...i,
      satisfaction: { score, comment: comment ?? null, recordedBy: 'service@demo.ops', recordedAt: state.now },
    }));
  }),
];
