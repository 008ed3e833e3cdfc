/**
 * What the web client shows and enables by role. The server enforces the same rules on every
 * endpoint; this only spares people buttons that would be refused.
 */
export const roles = [
  'admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor', 'integration',
] as const;

export type RoleName = (typeof roles)[number];

/** Roles a person may hold (integration is for API clients). */
export const personRoles = roles.filter((r) => r !== 'integration');

export const isRoleName = (value: string): value is RoleName => (roles as readonly string[]).includes(value);

/** Mirrors the `Roles(...)` of each endpoint in src/Modules. */
const policy = {
  'users:read': ['admin', 'ops-manager', 'auditor'],
  'users:write': ['admin'],
  'apiClients:read': ['admin', 'auditor'],
  'apiClients:write': ['admin'],
  'employees:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  'employees:write': ['admin', 'ops-manager'],
  'stores:write': ['admin'],
  'suppliers:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Register, evaluate, add documents, sign agreements. */
  'suppliers:write': ['product', 'ops-manager', 'admin'],
  /** Approve (conditionally), reject, suspend, reinstate. */
  'suppliers:decide': ['ops-manager', 'admin'],
  'suppliers:incident': ['product', 'ops-manager', 'admin', 'logistics', 'service'],
  'candidates:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Propose and estimate profit. What a person may do with a candidate, the server says in its guide. */
  'candidates:write': ['product', 'ops-manager', 'admin'],
  'listings:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Create, edit, submit, record review results, suppress, delist, relist. */
  'listings:write': ['listing', 'ops-manager', 'admin'],
  'orders:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Receive, review, allocate, ship, track, report exceptions, cancel. */
  'orders:write': ['logistics', 'ops-manager'],
  'channels:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Register, change, deactivate and reactivate channels; ask for a recommendation; write cost-saving notes. */
  'channels:write': ['logistics', 'ops-manager', 'admin'],
  /** Every role reads stock; logistics and the operations manager receive goods and announce inbound. */
  'inventory:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  'inventory:write': ['logistics', 'ops-manager'],
  'stocktakes:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Plan, start, count, submit. */
  'stocktakes:write': ['logistics', 'ops-manager'],
  /** Approve, order a recount. */
  'stocktakes:approve': ['ops-manager'],
  'returns:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Approve, receive, inspect returns; open and follow reimbursement cases. */
  'returns:write': ['logistics', 'ops-manager'],
  'inquiries:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Record an inquiry, answer it. */
  'inquiries:write': ['service', 'ops-manager'],
  'complaints:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Register a complaint, acknowledge, escalate, resolve it, record the customer's answer, close it. */
  'complaints:write': ['service', 'ops-manager'],
  'collaboration:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Every department's people: raise a request, report on one they own, confirm or reopen one they raised. */
  'collaboration:work': ['ops-manager', 'admin', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff'],
  /** Approve (helping department and owner) or decline a raised request; confirm or reopen any. */
  'collaboration:manage': ['ops-manager', 'admin'],
  'customerReturns:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Request a customer's return or exchange, approve or reject it. */
  'customerReturns:write': ['service', 'ops-manager'],
  'answers:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Draft a standard answer, change its words. */
  'answers:write': ['service', 'ops-manager'],
  /** Approve a standard answer's draft, retire an answer. */
  'answers:approve': ['ops-manager'],
  'feedback:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Capture customer feedback, route it, mark it done or dismiss it. */
  'feedback:write': ['service', 'ops-manager'],
  'followUps:read': ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor'],
  /** Plan a month's follow-ups, record one. */
  'followUps:write': ['service', 'ops-manager'],
  /** The whole team's work queue (`scope=all`); everyone else sees their own. */
  'work:all': ['admin', 'ops-manager', 'auditor'],
} as const satisfies Record<string, readonly RoleName[]>;

export type Permission = keyof typeof policy;

export function can(held: readonly string[] | undefined, permission: Permission): boolean {
  const allowed: readonly string[] = policy[permission];
  return (held ?? []).some((r) => allowed.includes(r));
}
