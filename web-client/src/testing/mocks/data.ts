import type { ResponseOf } from '@/lib/api/types';

export type User = ResponseOf<'/api/org/me', 'get'>;
export type ApiClient = ResponseOf<'/api/org/api-clients/{id}/revoke', 'post'>;

let sequence = 0;
const id = () => `0190a000-0000-7000-8000-${(++sequence).toString(16).padStart(12, '0')}`;

export function aUser(overrides: Partial<User> = {}): User {
  const n = ++sequence;
  return {
    id: id(),
    version: 1,
    email: `user${n}@demo.ops`,
    displayName: `User ${n}`,
    roles: ['staff'],
    status: 'Active',
    consecutiveFailures: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: '2026-11-20T08:00:00Z',
    ...overrides,
  };
}

export function anApiClient(overrides: Partial<ApiClient> = {}): ApiClient {
  const n = ++sequence;
  return {
    id: id(),
    version: 1,
    name: `ERP ${n}`,
    scopes: ['selection:read'],
    status: 'Active',
    keyId: n.toString(16).padStart(16, '0'),
    registeredAt: '2026-11-20T08:00:00Z',
    registeredBy: 'admin@demo.ops',
    revokedAt: null,
    lastUsedAt: null,
    ...overrides,
  };
}

export const admin = aUser({ email: 'admin@demo.ops', displayName: 'Demo admin', roles: ['admin'] });
