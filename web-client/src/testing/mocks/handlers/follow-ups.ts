import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { historyEntry, type HistoryEntry } from '../history';
import { page } from '../paging';
import { refused } from '../problems';

import { mockFeedback, seedFeedback } from './feedback';

/**
 * Mirrors the follow-up plan endpoints of the host (src/Modules/Service/Service/FollowUps): one plan per agent, store and
 * month (here told apart by marketplace: the screens' stores are made per test); a follow-up only within the plan's month (the fixture's "now" is November 2030); a suggestion becomes feedback.
 */

type Plan = ResponseOf<'/api/service/follow-up-plans/{id}', 'get'>;
type PlanBody = BodyOf<'/api/service/follow-up-plans', 'post'>;
type FollowUpBody = BodyOf<'/api/service/follow-up-plans/{id}/follow-ups', 'post'>;

const now = '2030-11-04T14:00:00Z';
const state = { plans: [] as { details: Plan; history: HistoryEntry[] }[] };

export function mockPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: crypto.randomUUID(),
    version: 1,
    storeId: '00000000-0000-0000-0000-000000000001',
    marketplace: 'US',
    agent: 'service@demo.ops',
    month: '2030-11',
    targetCustomers: 4,
    followUps: [],
    done: 0,
    completionPercent: 0,
    averageSatisfaction: null,
    plannedBy: 'service@demo.ops',
    plannedAt: now,
    ...overrides,
  };
}

export function seedPlans(...plans: Plan[]): void {
  state.plans.push(...plans.map((details) => ({ details, history: [historyEntry(1, 'FollowUpsPlanned', {}, details.plannedAt, details.plannedBy)] })));
}

export function resetFollowUps(): void {
  state.plans = [];
}

const find = (id: string | readonly string[] | undefined) => state.plans.find((p) => p.details.id === id);

export const followUpsHandlers: HttpHandler[] = [
  http.get('*/api/service/follow-up-plans', ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const items = state.plans
      .map((p) => p.details)
      .filter((p) => (q.get('agent') ? p.agent === q.get('agent') : true))
      .filter((p) => (q.get('month') ? p.month === q.get('month') : true))
      .sort((a, b) => b.month.localeCompare(a.month) || a.agent.localeCompare(b.agent));
    return HttpResponse.json(page(items, url));
  }),
  http.get('*/api/service/follow-up-plans/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } }) : HttpResponse.json(null, { status: 404 });
  }),
  http.get('*/api/service/follow-up-plans/:id/history', ({ params }) => HttpResponse.json(find(params.id)?.history ?? [])),
  http.post('*/api/service/follow-up-plans', async ({ request }) => {
    const body = (await request.json()) as PlanBody;
    if (state.plans.some((p) => p.details.agent === body.agent && p.details.month === body.month && p.details.marketplace === body.marketplace))
      return refused('follow_up.plan_exists', `${body.agent} already has a plan for ${body.month} in this store.`);
    const plan = mockPlan({ ...body, plannedAt: now });
    seedPlans(plan);
    return HttpResponse.json(plan, { status: 201, headers: { ETag: '"1"', Location: `/api/service/follow-up-plans/${plan.id}` } });
  }),
  http.post('*/api/service/follow-up-plans/:id/follow-ups', async ({ params, request }) => {
    const stored = find(params.id);
    if (!stored) return HttpResponse.json(null, { status: 404 });
    const p = stored.details;
    if (p.month !== now.slice(0, 7)) return refused('follow_up.outside_month', `A follow-up is recorded within the plan's month (${p.month}).`);
    const body = (await request.json()) as FollowUpBody;
    const suggestion = body.suggestion ? { text: body.suggestion.text, category: body.suggestion.category ?? 'Service' } : null;
    const feedback = suggestion
      ? mockFeedback({ category: suggestion.category, text: suggestion.text, source: 'FollowUp', sku: body.sku ?? null, storeId: p.storeId, marketplace: p.marketplace })
      : null;
    if (feedback) seedFeedback(feedback);
    const entry = {
      id: crypto.randomUUID(), customer: body.customer, orderNumber: body.orderNumber ?? null, sku: body.sku ?? null, method: body.method,
      productExperience: body.productExperience, serviceSatisfaction: body.serviceSatisfaction, otherNeeds: body.otherNeeds ?? null,
      suggestion, feedbackId: feedback?.id ?? null, recordedBy: 'service@demo.ops', recordedAt: now,
    };
    const followUps = [...p.followUps, entry];
    const average = followUps.reduce((sum, f) => sum + f.serviceSatisfaction, 0) / followUps.length;
    stored.details = {
      ...p,
      version: p.version + 1,
      followUps,
      done: followUps.length,
      completionPercent: Math.min(100, Math.round((followUps.length * 1000) / p.targetCustomers) / 10),
      averageSatisfaction: Math.round(average * 10) / 10,
    };
    stored.history.push(historyEntry(stored.details.version, 'CustomerFollowedUp', {}, now, 'service@demo.ops'));
    return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
  }),
];
