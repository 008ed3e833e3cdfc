import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { db } from '../db';
import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { refused } from '../problems';

/**
 * Mirrors the collaboration endpoints of the host (src/Modules/Service/Service/Collaboration) for the screens: the board
 * in columns by status, a manager's answer, the owner's reports and the raiser's confirmation, with their refusals (who
 * may do what is checked against the signed-in person, as the host does). State lives here; reset after every test.
 */

type RequestDetails = ResponseOf<'/api/service/collaboration-requests/{id}', 'get'>;
type Status = RequestDetails['status'];
type ApproveBody = BodyOf<'/api/service/collaboration-requests/{id}/approve', 'post'>;
type ConfirmBody = BodyOf<'/api/service/collaboration-requests/{id}/confirm', 'post'>;

const now = '2030-11-04T14:00:00Z';
const boardOrder: Status[] = ['Raised', 'Approved', 'InProgress', 'Reopened', 'Resolved', 'Confirmed', 'Declined'];
const state = { requests: [] as { details: RequestDetails; history: HistoryEntry[] }[] };

/** A request as the host answers it: raised by customer service at the fixture's start, its answer due in 24 business hours. */
export function mockCollaborationRequest(overrides: Partial<RequestDetails> = {}): RequestDetails {
  const details: RequestDetails = {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    status: 'Raised',
    boardRank: 2,
    raisingDepartment: 'customer-service',
    requestedDepartment: 'logistics',
    helpingDepartment: null,
    owner: null,
    problem: 'Parcels to Texas arrive crushed.',
    assistanceNeeded: 'Check the carrier’s handling and repack.',
    expectedResolutionDate: '2030-11-08',
    complaintId: null,
    timeZone: 'America/New_York',
    responseDeadline: {
      withinHours: 24, warnAt: '2030-11-06T16:12:00Z', dueAt: '2030-11-07T14:00:00Z', state: 'Running', warnedAt: null, breachedAt: null, metAt: null, isOpen: true,
    },
    deadlineState: 'Running',
    urgencyRank: 2,
    response: null,
    entries: [],
    assessment: null,
    raisedBy: 'service@demo.ops',
    raisedAt: now,
    ...overrides,
  };
  return { ...details, boardRank: boardOrder.indexOf(details.status) * 4 + details.urgencyRank };
}

export function seedCollaborationRequests(...requests: RequestDetails[]): void {
  state.requests.push(...requests.map((details) => ({ details, history: [historyEntry(1, 'CollaborationRequestRaised', {}, details.raisedAt, details.raisedBy)] })));
}

/** Another manager answers the request meanwhile: the page still shows it raised, the server refuses a second answer. */
export function answerElsewhere(id: string): void {
  const stored = find(id);
  if (stored) stored.details = { ...stored.details, status: 'Declined', version: stored.details.version + 1 };
}

export function resetCollaboration(): void {
  state.requests = [];
}

const find = (id: string | readonly string[] | undefined) => state.requests.find((r) => r.details.id === id);
const me = () => db.me.email;
const same = (a: string | null | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
const isManager = () => db.me.roles.some((r) => r === 'ops-manager' || r === 'admin');

function change(id: string, event: string, apply: (r: RequestDetails) => RequestDetails) {
  const stored = find(id);
  if (!stored) return HttpResponse.json(null, { status: 404 });
  const next = apply(stored.details);
  stored.details = { ...next, version: stored.details.version + 1, boardRank: boardOrder.indexOf(next.status) * 4 + next.urgencyRank };
  stored.history.push(historyEntry(stored.details.version, event, {}, now, me()));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

const answered = (r: RequestDetails, approved: boolean, reason: string | null): RequestDetails => ({
  ...r,
  responseDeadline: { ...r.responseDeadline, state: 'Met', metAt: now, isOpen: false },
  deadlineState: 'Met',
  urgencyRank: 3,
  response: { approved, reason, inTime: true, businessHours: 3.5, respondedBy: me(), respondedAt: now },
});

/** The owner's reports: only while the request is with them, only by them. */
function refusalOfReporting(r: RequestDetails) {
  if (r.status !== 'Approved' && r.status !== 'InProgress' && r.status !== 'Reopened')
    return refused('collaboration.not_with_the_owner', 'Only an approved, in-progress or reopened request takes progress and a result.');
  if (!same(r.owner, me())) return refused('collaboration.only_the_owner_reports', 'Only the request’s owner posts its progress and result.');
  return null;
}

/** The raiser's answer to the result: only once resolved, only by whoever raised it or a manager. */
function refusalOfAssessing(r: RequestDetails) {
  if (r.status !== 'Resolved') return refused('collaboration.not_awaiting_confirmation', 'Only a resolved request is confirmed or reopened.');
  if (!isManager() && !same(r.raisedBy, me()))
    return refused('collaboration.only_the_raising_side_assesses', 'Only whoever raised the request (or the operations manager) confirms or reopens it.');
  return null;
}

const notAwaitingApproval = () => refused('collaboration.not_awaiting_approval', 'Only a newly raised request is approved or declined.');

export const collaborationHandlers: HttpHandler[] = [
  http.get('*/api/service/collaboration-requests/board', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const department = q.get('department');
    const matching = state.requests
      .map((r) => r.details)
      .filter((r) => (q.get('deadlineState') ? r.deadlineState === q.get('deadlineState') : true))
      .filter((r) => (department ? r.raisingDepartment === department || r.helpingDepartment === department : true))
      .sort((a, b) => a.urgencyRank - b.urgencyRank || Date.parse(a.responseDeadline.dueAt) - Date.parse(b.responseDeadline.dueAt));
    return HttpResponse.json(
      boardOrder
        .filter((status) => !q.get('status') || q.get('status') === status)
        .map((status) => ({ status, requests: page(matching.filter((r) => r.status === status), url) })),
    );
  }),
  http.get('*/api/service/collaboration-requests/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/service/collaboration-requests/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/service/collaboration-requests/:id/approve', async ({ params, request }) => {
    const { helpingDepartment, owner } = (await request.json()) as ApproveBody;
    if (find(params.id)?.details.status !== 'Raised') return notAwaitingApproval();
    return change(params.id as string, 'CollaborationRequestApproved', (r) => ({ ...answered(r, true, null), status: 'Approved', helpingDepartment, owner }));
  }),
  http.post('*/api/service/collaboration-requests/:id/decline', async ({ params, request }) => {
    const { reason } = (await request.json()) as { reason: string };
    if (find(params.id)?.details.status !== 'Raised') return notAwaitingApproval();
    return change(params.id as string, 'CollaborationRequestDeclined', (r) => ({ ...answered(r, false, reason), status: 'Declined' }));
  }),
  http.post('*/api/service/collaboration-requests/:id/progress', async ({ params, request }) => {
    const { text } = (await request.json()) as { text: string };
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const refusal = refusalOfReporting(stored.details);
    if (refusal) return refusal;
    return change(stored.details.id, 'CollaborationProgressPosted', (r) => ({
      ...r, status: 'InProgress', entries: [...r.entries, { kind: 'Progress', text, by: me(), at: now }],
    }));
  }),
  http.post('*/api/service/collaboration-requests/:id/resolve', async ({ params, request }) => {
    const { text } = (await request.json()) as { text: string };
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const refusal = refusalOfReporting(stored.details);
    if (refusal) return refusal;
    return change(stored.details.id, 'CollaborationRequestResolved', (r) => ({
      ...r, status: 'Resolved', entries: [...r.entries, { kind: 'Result', text, by: me(), at: now }],
    }));
  }),
  http.post('*/api/service/collaboration-requests/:id/confirm', async ({ params, request }) => {
    const body = (await request.json()) as ConfirmBody;
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const refusal = refusalOfAssessing(stored.details);
    if (refusal) return refusal;
    return change(stored.details.id, 'CollaborationRequestConfirmed', (r) => ({
      ...r,
      status: 'Confirmed',
      assessment: {
        respondedInTime: r.response?.inTime ?? true, responseHours: r.response?.businessHours ?? 0, cooperationRating: body.cooperationRating,
        effectRating: body.effectRating, comment: body.comment ?? null, confirmedBy: me(), confirmedAt: now,
      },
    }));
  }),
  http.post('*/api/service/collaboration-requests/:id/reopen', async ({ params, request }) => {
    const { text } = (await request.json()) as { text: string };
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const refusal = refusalOfAssessing(stored.details);
    if (refusal) return refusal;
    return change(stored.details.id, 'CollaborationRequestReopened', (r) => ({
      ...r, status: 'Reopened', entries: [...r.entries, { kind: 'FurtherRequests', text, by: me(), at: now }],
    }));
  }),
];
