import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

import { db } from '../db';
import { page } from '../paging';
import { forbidden, unauthenticated } from '../problems';

type WorkItem = components['schemas']['WorkItemView'];

/** Work items as the modules report them; the handler orders and filters them as GET /api/org/work does. */
export const workItems: WorkItem[] = [];

export const aWorkItem = (overrides: Partial<WorkItem> & Pick<WorkItem, 'key'>): WorkItem => ({
  module: 'listing',
  kind: 'go-live',
  recordId: '0190a5b0-0000-7000-8000-000000000001',
  recordName: 'LUM-LAMP-01',
  link: '/listing/listings/0190a5b0-0000-7000-8000-000000000001',
  storeId: null,
  owner: null,
  roles: ['listing', 'ops-manager'],
  warnAt: '2026-12-09T14:00:00Z',
  dueAt: '2026-12-10T14:00:00Z',
  state: 'Open',
  changedAt: '2026-12-07T14:00:00Z',
  ...overrides,
});

const urgency: Record<WorkItem['state'], number> = { Breached: 0, Warned: 1, Open: 2, Closed: 3 };

export function resetWork(): void {
  workItems.length = 0;
}

export const workHandlers = [
  http.get('/api/org/work', ({ request }) => {
    if (!request.headers.get('Authorization')?.startsWith('Bearer ')) return unauthenticated();
    const url = new URL(request.url);
    const all = url.searchParams.get('scope') === 'All';
    const roles = db.me.roles;
    if (all && !roles.some((r) => ['admin', 'ops-manager', 'auditor'].includes(r))) return forbidden();
    const items = workItems
      .filter((w) => w.state !== 'Closed' && (all || w.owner === db.me.email || w.roles.some((r) => roles.includes(r))))
      .sort((a, b) => urgency[a.state] - urgency[b.state] || a.dueAt.localeCompare(b.dueAt));
    return HttpResponse.json(page(items, url));
  }),
];
