import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { refused, validationProblem } from '../problems';

import { seedCollaborationRequests, mockCollaborationRequest } from './collaboration';

/**
 * Mirrors the complaint endpoints of the host (src/Modules/Service/Service/Complaints) for the screens: the queue in
 * urgency order, registering, each step and its refusals (an escalation raises a collaboration request). State lives
 * here; reset after every test.
 */

type ComplaintDetails = ResponseOf<'/api/service/complaints/{id}', 'get'>;
type RegisterBody = BodyOf<'/api/service/complaints', 'post'>;
type EscalateBody = BodyOf<'/api/service/complaints/{id}/escalate', 'post'>;
type Clock = ComplaintDetails['escalationDeadline'];

const now = '2030-11-04T14:00:00Z';
const state = { complaints: [] as { details: ComplaintDetails; history: HistoryEntry[] }[] };

const clock = (withinHours: number, warnAt: string, dueAt: string): Clock =>
  ({ withinHours, warnAt, dueAt, state: 'Running', warnedAt: null, breachedAt: null, metAt: null, isOpen: true });

/** A complaint as the host answers it: registered at the fixture's start, escalation due in 2 business hours, resolution in 48. */
export function mockComplaint(overrides: Partial<ComplaintDetails> = {}): ComplaintDetails {
  return {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    customer: { name: 'Jane Doe', contact: 'jane@example.com' },
    orderNumber: '111-0000001-0000001',
    problem: 'The lamp arrived broken.',
    category: 'ProductQuality',
    sku: 'OPS-LAMP',
    status: 'Registered',
    receivedAt: now,
    timeZone: 'America/New_York',
    escalationDeadline: clock(2, '2030-11-04T15:36:00Z', '2030-11-04T16:00:00Z'),
    resolutionDeadline: clock(48, '2030-11-12T11:00:00Z', '2030-11-13T14:00:00Z'),
    deadlineState: 'Running',
    urgencyRank: 2,
    firstDueAt: '2030-11-04T16:00:00Z',
    handledInTime: null,
    acknowledgement: null,
    escalations: [],
    resolutions: [],
    customerAnswer: null,
    closing: null,
    registeredBy: 'service@demo.ops',
    registeredAt: now,
    atWork: true,
    ...overrides,
  };
}

export function seedComplaints(...complaints: ComplaintDetails[]): void {
  state.complaints.push(...complaints.map((details) => ({ details, history: [historyEntry(1, 'ComplaintRegistered', {}, details.receivedAt, details.registeredBy)] })));
}

/** Another agent resolves the complaint meanwhile: the page still shows it at work, the server refuses working on it. */
export function resolveComplaintElsewhere(id: string): void {
  const stored = find(id);
  if (stored) stored.details = { ...stored.details, status: 'Resolved', version: stored.details.version + 1 };
}

export function resetComplaints(): void {
  state.complaints = [];
}

const find = (id: string | readonly string[] | undefined) => state.complaints.find((c) => c.details.id === id);
const met = (c: Clock): Clock => (c.isOpen ? { ...c, state: 'Met', metAt: now, isOpen: false } : c);

/** A change to a stored complaint: its next version, and the event in its history. */
function change(id: string, event: string, apply: (c: ComplaintDetails) => ComplaintDetails) {
  const stored = find(id);
  if (!stored) return HttpResponse.json(null, { status: 404 });
  stored.details = { ...apply(stored.details), version: stored.details.version + 1 };
  stored.history.push(historyEntry(stored.details.version, event, {}, now, 'service@demo.ops'));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

const notAtWork = () =>
  refused('complaint.not_at_work', 'The complaint is resolved, confirmed or closed: only an acknowledged, escalated or reopened complaint is worked on.');
const acknowledgeFirst = () =>
  refused('complaint.acknowledge_before_handling', 'Acknowledge (soothe) the customer before escalating or resolving the complaint.');
const notAwaitingTheCustomer = () =>
  refused('complaint.not_awaiting_the_customer', 'Only a resolved complaint awaits the customer’s answer (satisfied or not).');

export const complaintsHandlers: HttpHandler[] = [
  http.get('*/api/service/complaints', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const search = q.get('search')?.toLowerCase();
    const items = state.complaints
      .map((c) => c.details)
      .filter((c) => (q.get('status') ? c.status === q.get('status') : true))
      .filter((c) => (q.get('deadlineState') ? c.deadlineState === q.get('deadlineState') : true))
      .filter((c) => (q.get('category') ? c.category === q.get('category') : true))
      .filter((c) => (search ? `${c.customer.name} ${c.orderNumber} ${c.sku ?? ''}`.toLowerCase().includes(search) : true))
      .sort((a, b) => a.urgencyRank - b.urgencyRank || Date.parse(a.firstDueAt) - Date.parse(b.firstDueAt));
    return HttpResponse.json(page(items, url));
  }),
  http.get('*/api/service/complaints/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/service/complaints/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/service/complaints', async ({ request }) => {
    const body = (await request.json()) as RegisterBody;
    if (!/^[A-Z]{2}$/.test(body.marketplace)) return validationProblem({ marketplace: ['Marketplace is a 2-letter upper-case code, e.g. US.'] });
    const details = mockComplaint({
      marketplace: body.marketplace,
      customer: { name: body.customer.name, contact: body.customer.contact },
      orderNumber: body.orderNumber,
      problem: body.problem,
      category: body.category ?? null,
      sku: body.sku ?? null,
    });
    seedComplaints(details);
    return HttpResponse.json(details, { status: 201, headers: { ETag: '"1"', Location: `/api/service/complaints/${details.id}` } });
  }),
  http.post('*/api/service/complaints/:id/acknowledge', async ({ params, request }) => {
    const { note } = (await request.json()) as { note?: string | null };
    const status = find(params.id)?.details.status;
    if (status !== 'Registered') return refused('complaint.only_a_registered_complaint_is_acknowledged', 'Only a newly registered complaint is acknowledged.');
    return change(params.id as string, 'ComplaintAcknowledged', (c) => ({
      ...c, status: 'Acknowledged', acknowledgement: { note: note ?? null, by: 'service@demo.ops', at: now },
    }));
  }),
  http.post('*/api/service/complaints/:id/escalate', async ({ params, request }) => {
    const body = (await request.json()) as EscalateBody;
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const { status } = stored.details;
    if (status === 'Registered') return acknowledgeFirst();
    if (status === 'Escalated') return refused('complaint.already_escalated', 'The complaint is already escalated; it is escalated again only after the customer reopens it.');
    if (status !== 'Acknowledged' && status !== 'Reopened') return notAtWork();
    if (body.expectedResolutionDate < now.slice(0, 10))
      return refused('collaboration.expected_date_must_not_be_past', 'The expected resolution date is already past in the store’s time zone.');
    const raised = mockCollaborationRequest({
      raisingDepartment: 'customer-service', requestedDepartment: body.department, problem: stored.details.problem,
      assistanceNeeded: body.assistanceNeeded, expectedResolutionDate: body.expectedResolutionDate, complaintId: stored.details.id,
    });
    seedCollaborationRequests(raised);
    return change(stored.details.id, 'ComplaintEscalated', (c) => ({
      ...c,
      status: 'Escalated',
      escalationDeadline: met(c.escalationDeadline),
      escalations: [...c.escalations, { department: body.department, target: { kind: 'Collaboration', id: raised.id }, inTime: true, escalatedBy: 'service@demo.ops', escalatedAt: now }],
      firstDueAt: c.resolutionDeadline.dueAt,
    }));
  }),
  http.post('*/api/service/complaints/:id/resolve', async ({ params, request }) => {
    const { result } = (await request.json()) as { result: string };
    const status = find(params.id)?.details.status;
    if (status === 'Registered') return acknowledgeFirst();
    if (status !== 'Acknowledged' && status !== 'Escalated' && status !== 'Reopened') return notAtWork();
    return change(params.id as string, 'ComplaintResolved', (c) => ({
      ...c,
      status: 'Resolved',
      atWork: false,
      escalationDeadline: met(c.escalationDeadline),
      resolutionDeadline: met(c.resolutionDeadline),
      deadlineState: 'Met',
      urgencyRank: 3,
      handledInTime: true,
      resolutions: [...c.resolutions, { round: c.resolutions.length + 1, result, inTime: true, resolvedBy: 'service@demo.ops', resolvedAt: now }],
      customerAnswer: null,
    }));
  }),
  http.post('*/api/service/complaints/:id/confirm', async ({ params, request }) => {
    const { note } = (await request.json()) as { note?: string | null };
    if (find(params.id)?.details.status !== 'Resolved') return notAwaitingTheCustomer();
    return change(params.id as string, 'ComplaintConfirmed', (c) => ({
      ...c, status: 'Confirmed', customerAnswer: { satisfied: true, comment: note ?? null, recordedBy: 'service@demo.ops', recordedAt: now },
    }));
  }),
  http.post('*/api/service/complaints/:id/reopen', async ({ params, request }) => {
    const { reason } = (await request.json()) as { reason: string };
    if (find(params.id)?.details.status !== 'Resolved') return notAwaitingTheCustomer();
    return change(params.id as string, 'ComplaintReopened', (c) => ({
      ...c,
      status: 'Reopened',
      atWork: true,
      resolutionDeadline: { ...c.resolutionDeadline, state: 'Running', metAt: null, isOpen: true },
      deadlineState: 'Running',
      urgencyRank: 2,
      handledInTime: null,
      customerAnswer: { satisfied: false, comment: reason, recordedBy: 'service@demo.ops', recordedAt: now },
    }));
  }),
  http.post('*/api/service/complaints/:id/close', ({ params }) => {
    const status = find(params.id)?.details.status;
    if (status !== 'Confirmed' && status !== 'Closed')
      return refused('complaint.close_only_when_confirmed', 'A complaint is closed only after the customer confirmed they are satisfied.');
    return change(params.id as string, 'ComplaintClosed', (c) => ({ ...c, status: 'Closed', closing: { note: null, by: 'service@demo.ops', at: now } }));
  }),
];
