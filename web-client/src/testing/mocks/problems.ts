import { HttpResponse } from 'msw';

import type { Problem } from '@/lib/problem';

/** The host's problem shape (src/Modules/Shared/Http/Problem.cs), as the host writes it. */
export function problem(
  status: number,
  code: string,
  title: string,
  {
    detail = null,
    errors,
    rules,
    instance = null,
  }: { detail?: string | null; errors?: Record<string, string[]>; rules?: Problem['rules']; instance?: string | null } = {},
) {
  const body: Problem = {
    type: `https://ops.example/problems/${code.replace(/\./g, '/')}`,
    title,
    status,
    detail,
    instance,
    code,
    correlationId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
    ...(errors ? { errors } : {}),
    ...(rules ? { rules } : {}),
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** FastEndpoints' validation failure as the host maps it (ValidationProblems.Build). */
export const validationProblem = (errors: Record<string, string[]>, instance?: string) =>
  problem(400, 'validation_failed', 'The request is not valid', { detail: 'See errors for the fields to correct.', errors, instance });

export const unauthenticated = () =>
  problem(401, 'unauthenticated', 'Unauthenticated', { detail: 'Send a bearer token (POST /api/auth/token) or an X-Api-Key header.' });

export const forbidden = () => problem(403, 'forbidden', 'Forbidden', { detail: 'Your roles do not allow this operation.' });

/** A rule's refusal; one that checks several rules at once (a quality gate) names each in `rules`, the first in `code`. */
export const refused = (code: string, detail: string, rules?: Problem['rules']) => problem(409, code, 'The request breaks a rule', { detail, rules });
