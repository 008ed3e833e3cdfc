import createClient, { type Middleware } from 'openapi-fetch';

import { acceptLanguage } from '@/i18n';
import { networkProblem, ProblemError, readProblem } from '@/lib/problem';
import { sessionStore } from '@/lib/session';

import type { paths } from './schema';

/** Adds the bearer token and the UI language; a 401 on an authenticated call ends the session. */
const auth: Middleware = {
  onRequest({ request }) {
    const token = sessionStore.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', acceptLanguage());
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) sessionStore.end('expired');
    return response;
  },
};

/**
 * The only way to the server: typed by the paths of the generated OpenAPI document
 * (`npm run api`). Same origin: the host serves the SPA, and `npm run dev` proxies /api.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Looked up per call rather than captured once, so tests' request interception (MSW) applies.
  fetch: (request) => globalThis.fetch(request),
});
api.use(auth);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Awaits a call and returns its body, or throws a {@link ProblemError} for any failure. */
export async function send<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    throw networkProblem(cause);
  }
  const { data, error, response } = result;
  if (!response.ok || data === undefined) throw new ProblemError(readProblem(error, response));
  return data;
}

/** The `If-Match` value for a record at `version` (the host's ETag is the quoted stream version). */
export const ifMatch = (version: number): string => `"${version}"`;

/** A fresh `Idempotency-Key` for one create: a retry of the same submission reuses it. */
export const newIdempotencyKey = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
