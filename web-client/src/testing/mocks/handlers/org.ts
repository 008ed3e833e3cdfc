import { http, HttpResponse } from 'msw';

import type { BodyOf } from '@/lib/api/types';

import { aUser, anApiClient } from '../data';
import { db } from '../db';
import { page } from '../paging';
import { problem, refused, unauthenticated, validationProblem } from '../problems';

const roles = ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor', 'integration'];

const authenticated = (request: Request) => request.headers.get('Authorization')?.startsWith('Bearer ');

/** Mirrors the organisation endpoints of src/Modules/Organization, including their validation and refusals. */
export const orgHandlers = [
  http.post('/api/auth/token', async ({ request }) => {
    const body = (await request.json()) as BodyOf<'/api/auth/token', 'post'>;
    const user = db.users.find((u) => u.email === body.email.toLowerCase());
    if (!user || body.password !== 'Demo!2345') {
      return problem(401, 'user.password_must_match', 'Login refused', { detail: 'The email or password is wrong.' });
    }
    return HttpResponse.json({
      accessToken: `token-for-${user.id}`,
      tokenType: 'Bearer',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
    });
  }),

  http.get('/api/org/me', ({ request }) => (authenticated(request) ? HttpResponse.json(db.me) : unauthenticated())),

  http.get('/api/org/users', ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    const url = new URL(request.url);
    const role = url.searchParams.get('role');
    const status = url.searchParams.get('status');
    const search = url.searchParams.get('search')?.toLowerCase();
    const users = db.users.filter(
      (u) =>
        (!role || u.roles.includes(role)) &&
        (!status || u.status === status) &&
        (!search || u.email.includes(search) || u.displayName.toLowerCase().includes(search)),
    );
    return HttpResponse.json(page(users, url));
  }),

  http.post('/api/org/users', async ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    const body = (await request.json()) as BodyOf<'/api/org/users', 'post'>;
    const errors: Record<string, string[]> = {};
    if (!/^[^@\s]+@[^@\s]+$/.test(body.email)) errors.email = ["'Email' is not a valid email address."];
    if (body.password.length < 8) errors.password = ["The length of 'Password' must be at least 8 characters. You entered " + body.password.length + ' characters.'];
    body.roles.forEach((r, i) => {
      if (!roles.includes(r)) errors[`roles[${i}]`] = [`Roles must be among: ${roles.join(', ')}.`];
    });
    if (Object.keys(errors).length > 0) return validationProblem(errors, '/api/org/users');
    if (db.users.some((u) => u.email === body.email.toLowerCase())) {
      return refused('user.email_must_be_unique', 'Another account already uses this email.');
    }
    const user = aUser({ email: body.email.toLowerCase(), displayName: body.displayName, roles: body.roles });
    db.users.push(user);
    return HttpResponse.json(user, { status: 201, headers: { ETag: '"1"', Location: `/api/org/users/${user.id}` } });
  }),

  http.put('/api/org/users/:id/roles', async ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const user = db.users.find((u) => u.id === params.id);
    if (!user) return problem(404, 'not_found', 'Not found', { detail: `No UserAccountView with id ${String(params.id)}.` });
    if (request.headers.get('If-Match') !== `"${user.version}"`) {
      return problem(412, 'version_mismatch', 'Stale version', { detail: 'Reload and retry.' });
    }
    const body = (await request.json()) as BodyOf<'/api/org/users/{id}/roles', 'put'>;
    Object.assign(user, { roles: body.roles, version: user.version + 1 });
    return HttpResponse.json(user);
  }),

  http.post('/api/org/users/:id/deactivate', async ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const user = db.users.find((u) => u.id === params.id);
    if (!user) return problem(404, 'not_found', 'Not found');
    Object.assign(user, { status: 'Deactivated', version: user.version + 1 });
    return HttpResponse.json(user);
  }),

  http.get('/api/org/api-clients', ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    return HttpResponse.json(page(db.apiClients, new URL(request.url)));
  }),

  http.post('/api/org/api-clients', async ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    const body = (await request.json()) as BodyOf<'/api/org/api-clients', 'post'>;
    const client = anApiClient({ name: body.name, scopes: body.scopes });
    db.apiClients.push(client);
    return HttpResponse.json({ client, apiKey: `ops_${client.keyId}_s3cr3t-shown-once` }, { status: 201 });
  }),

  http.post('/api/org/api-clients/:id/rotate', ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const client = db.apiClients.find((c) => c.id === params.id);
    if (!client) return problem(404, 'not_found', 'Not found');
    if (client.status === 'Revoked') {
      return refused('api_client.revoked_client_cannot_rotate_key', 'A revoked API client cannot get a new key; register a new client.');
    }
    Object.assign(client, { version: client.version + 1, keyId: 'feedfacefeedface' });
    return HttpResponse.json({ client, apiKey: 'ops_feedfacefeedface_rotated-secret' });
  }),

  http.post('/api/org/api-clients/:id/revoke', ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const client = db.apiClients.find((c) => c.id === params.id);
    if (!client) return problem(404, 'not_found', 'Not found');
    Object.assign(client, { status: 'Revoked', version: client.version + 1, revokedAt: new Date().toISOString() });
    return HttpResponse.json(client);
  }),
];
