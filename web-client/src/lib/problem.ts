import type { FormInstance } from 'antd';

import type { components } from './api/schema';

/**
 * Every 4xx/5xx the host sends is an RFC 9457 problem: `title` and `detail` for people, a stable
 * `code` for code, and on validation failures `errors` mapping a request field (camelCase, as sent)
 * to its messages. This file is the one place the client reads them.
 */
export type Problem = components['schemas']['Problem'];

/** Codes the client makes up for failures that never reached the server or came back unreadable. */
export const ClientProblemCodes = {
  network: 'network_error',
  unreadable: 'unreadable_response',
} as const;

export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem, options?: ErrorOptions) {
    super(problem.detail ?? problem.title, options);
    this.name = 'ProblemError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isProblem(value: unknown): value is Problem {
  return isRecord(value) && typeof value.title === 'string' && typeof value.status === 'number' && typeof value.code === 'string';
}

/**
 * Reads a failed response's body as a problem. A body that is not one (a proxy's HTML page, an empty
 * 502) still becomes a problem, with the status and a code that names the status.
 */
export function readProblem(body: unknown, response: Pick<Response, 'status' | 'statusText'>): Problem {
  if (isProblem(body)) return { ...body, errors: readErrors(body.errors), rules: readRules(body.rules) };
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: null,
    instance: null,
    code: response.status > 0 ? `http_${response.status}` : ClientProblemCodes.unreadable,
    correlationId: null,
  };
}

/** The problem for a request that never got an answer (offline, DNS, CORS, aborted). */
export function networkProblem(cause: unknown): ProblemError {
  return new ProblemError(
    {
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: cause instanceof Error ? cause.message : null,
      instance: null,
      code: ClientProblemCodes.network,
      correlationId: null,
    },
    { cause },
  );
}

/** Whatever was thrown, as a problem (a bug in our code becomes a 0-status problem too). */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (isProblem(error)) return error;
  return networkProblem(error).problem;
}

/** The rules a refusal names, each with a code and a message (anything else left out). */
function readRules(rules: unknown): Problem['rules'] {
  if (!Array.isArray(rules)) return null;
  const read = rules
    .filter((rule): rule is Record<string, unknown> => isRecord(rule) && typeof rule.code === 'string' && typeof rule.message === 'string')
    .map((rule) => ({ code: rule.code as string, field: typeof rule.field === 'string' ? rule.field : null, message: rule.message as string }));
  return read.length > 0 ? read : null;
}

function readErrors(errors: unknown): Problem['errors'] {
  if (!isRecord(errors)) return null;
  const read: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors)) {
    const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [];
    if (list.length > 0) read[field] = list;
  }
  return Object.keys(read).length > 0 ? read : null;
}

export type FieldErrors<F extends string> = {
  /** Messages per form field, for `form.setFields`. */
  fields: Array<{ name: F; errors: string[] }>;
  /** Messages about things that are not form fields (headers such as If-Match, unknown fields). */
  other: string[];
};

/**
 * Splits a validation problem's `errors` into the form's fields and the rest. The server names
 * collection items by index (`roles[0]`) and nested members with dots (`address.city`); a form
 * field owns every error under its name.
 */
export function fieldErrors<F extends string>(problem: Problem, formFields: readonly F[]): FieldErrors<F> {
  const byField = new Map<F, string[]>();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    const root = key.split(/[.[]/, 1)[0] ?? key;
    const field = formFields.find((f) => f.toLowerCase() === root.toLowerCase());
    if (field === undefined) {
      other.push(...messages.map((m) => (key ? `${key}: ${m}` : m)));
    } else {
      byField.set(field, [...(byField.get(field) ?? []), ...messages]);
    }
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })), other };
}

type FieldPath = Array<string | number>;

/** `documents[0].expiresOn` → ['documents', 0, 'expiresOn'] (the server's field names, camelCase). */
const toPath = (key: string): FieldPath =>
  key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** `['documents', 0, 'expiresOn']` → `documents.*.expiresOn`, to compare with a form's field patterns. */
const patternOf = (path: FieldPath) => path.map((part) => (typeof part === 'number' ? '*' : part)).join('.').toLowerCase();

/**
 * Puts a validation problem's errors on a form's fields, nested ones included: the server names members
 * with dots and items by index (`contact.email`, `documents[0].expiresOn`, `size.length`). `fieldPatterns`
 * are the form's fields with `*` for an index (`documents.*.expiresOn`); a key under no field goes to the
 * nearest field above it (`targetPrice.amount` → `targetPrice`); `aliases` send a key elsewhere (every
 * money's `currency` to the form's one currency field). Returns the messages that belong to no field, for
 * the alert above the form.
 */
export function applyFieldErrors<V>(
  form: FormInstance<V>,
  error: unknown,
  fieldPatterns: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string[] {
  const problem = problemOf(error);
  const patterns = fieldPatterns.map((p) => p.toLowerCase());
  const lowerAliases = new Map(Object.entries(aliases).map(([key, field]) => [key.toLowerCase(), toPath(field)]));
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    let path = lowerAliases.get(patternOf(toPath(key))) ?? toPath(key);
    while (path.length > 0 && !patterns.includes(patternOf(path))) path = path.slice(0, -1);
    if (path.length === 0) {
      other.push(...messages.map((m) => (key ? `${key}: ${m}` : m)));
      continue;
    }
    const id = JSON.stringify(path);
    const entry = byField.get(id) ?? { name: path, errors: [] };
    entry.errors.push(...messages.filter((m) => !entry.errors.includes(m)));
    byField.set(id, entry);
  }
  // AntD types field names by the form's values; the server's paths were checked against the patterns above.
  form.setFields([...byField.values()] as Parameters<FormInstance<V>['setFields']>[0]);
  return other;
}

export const isValidationProblem = (problem: Problem): boolean => problem.status === 400 && !!problem.errors;
