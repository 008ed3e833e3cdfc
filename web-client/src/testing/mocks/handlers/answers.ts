import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { forbidden, refused } from '../problems';
import { db } from '../db';

/**
 * Mirrors the standard answer library of the host (src/Modules/Service/Service/Answers): drafting, editing (an approved
 * answer's edit becomes a pending draft), approving and retiring (operations manager only). The inquiry mock cites from
 * the same library. State lives here; reset after every test.
 */

type StandardAnswer = ResponseOf<'/api/service/answers/{id}', 'get'>;
type Words = BodyOf<'/api/service/answers', 'post'>;

const now = '2030-11-04T14:00:00Z';
export const answersDb = { answers: [] as { details: StandardAnswer; history: HistoryEntry[] }[] };

/** A standard answer as the host answers it: approved, version 1, unless told otherwise. */
export function seedAnswer(overrides: Partial<StandardAnswer> = {}): StandardAnswer {
  const answer: StandardAnswer = {
    id: crypto.randomUUID(), version: 2, status: 'Approved', question: 'Where is my order?', category: 'OrderStatus',
    englishText: 'Your parcel is on its way; here is the tracking link.', chineseText: '您的包裹正在途中，这是物流跟踪链接。', answerVersion: 1,
    pendingDraft: null, approvedBy: 'ops-manager@demo.ops', approvedAt: now, retiredBy: null, retiredAt: null, retirementReason: null,
    draftedBy: 'service@demo.ops', draftedAt: now, changedAt: now,
    ...overrides,
  } as StandardAnswer;
  answersDb.answers.push({ details: answer, history: [historyEntry(1, 'StandardAnswerDrafted', {}, now, answer.draftedBy)] });
  return answer;
}

export const findAnswer = (id: string | readonly string[] | null | undefined) => answersDb.answers.find((a) => a.details.id === id);

/** Another manager retired the answer meanwhile: the page still shows it approved, the server refuses to approve or edit it. */
export function retireAnswerElsewhere(id: string): void {
  const stored = findAnswer(id);
  if (stored) stored.details = { ...stored.details, status: 'Retired', pendingDraft: null, version: stored.details.version + 1 };
}

export function resetAnswers(): void {
  answersDb.answers = [];
}

function change(id: string, event: string, apply: (a: StandardAnswer) => StandardAnswer | Response) {
  const stored = findAnswer(id);
  if (!stored) return HttpResponse.json(null, { status: 404 });
  const next = apply(stored.details);
  if (next instanceof Response) return next;
  stored.details = { ...next, version: stored.details.version + 1, changedAt: now };
  stored.history.push(historyEntry(stored.details.version, event, {}, now, 'service@demo.ops'));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

const managerOnly = () => !db.me.roles.includes('ops-manager');

export const answersHandlers: HttpHandler[] = [
  http.get('*/api/service/answers', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const search = q.get('search')?.toLowerCase() ?? '';
    const items = answersDb.answers
      .map((a) => a.details)
      .filter((a) => (q.get('status') ? a.status === q.get('status') : true))
      .filter((a) => (q.get('category') ? a.category === q.get('category') : true))
      .filter((a) => `${a.question} ${a.englishText} ${a.chineseText}`.toLowerCase().includes(search))
      .sort((a, b) => a.question.localeCompare(b.question));
    return HttpResponse.json(page(items, url));
  }),
  http.get('*/api/service/answers/:id', ({ params }) => {
    const stored = findAnswer(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/service/answers/:id/history', ({ params }) => HttpResponse.json(findAnswer(params.id)?.history ?? [])),
  http.post('*/api/service/answers', async ({ request }) => {
    const words = (await request.json()) as Words;
    const answer = seedAnswer({ ...words, status: 'Draft', version: 1, answerVersion: 1, approvedBy: null, approvedAt: null });
    return HttpResponse.json(answer, { status: 201, headers: { ETag: '"1"', Location: `/api/service/answers/${answer.id}` } });
  }),
  http.put('*/api/service/answers/:id', async ({ params, request }) => {
    const words = (await request.json()) as Words;
    return change(params.id as string, 'StandardAnswerEdited', (a) => {
      if (a.status === 'Retired') return refused('answer.retired_cannot_be_edited', 'A retired answer is not edited.');
      if (a.status === 'Draft') return { ...a, ...words };
      return { ...a, pendingDraft: { ...words, answerVersion: a.answerVersion + 1, editedBy: 'service@demo.ops', editedAt: now } };
    });
  }),
  http.post('*/api/service/answers/:id/approve', ({ params }) => {
    if (managerOnly()) return forbidden();
    return change(params.id as string, 'StandardAnswerApproved', (a) => {
      if (a.status === 'Retired') return refused('answer.retired_cannot_be_approved', 'A retired answer is not approved.');
      const draft = a.pendingDraft;
      const words = draft ? { question: draft.question, category: draft.category, englishText: draft.englishText, chineseText: draft.chineseText } : {};
      return { ...a, ...words, answerVersion: draft?.answerVersion ?? a.answerVersion, pendingDraft: null, status: 'Approved', approvedBy: 'ops-manager@demo.ops', approvedAt: now };
    });
  }),
  http.post('*/api/service/answers/:id/retire', async ({ params, request }) => {
    if (managerOnly()) return forbidden();
    const { reason } = (await request.json()) as { reason: string };
    return change(params.id as string, 'StandardAnswerRetired', (a) => {
      if (a.status !== 'Approved') return refused('answer.only_approved_can_be_retired', 'Only an approved answer is retired.');
      return { ...a, status: 'Retired', pendingDraft: null, retiredBy: 'ops-manager@demo.ops', retiredAt: now, retirementReason: reason };
    });
  }),
];
