import type { FormInstance } from 'antd';

import { problemOf } from '@/lib/problem';

type Path = Array<string | number>;

/** `documents[0].expiresOn` → ['documents', 0, 'expiresOn'] (the server's field names, camelCase). */
const toPath = (key: string): Path =>
  key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** `['documents', 0, 'expiresOn']` → `documents.*.expiresOn`, to compare with a form's field patterns. */
const patternOf = (path: Path) => path.map((part) => (typeof part === 'number' ? '*' : part)).join('.').toLowerCase();

/**
 * Puts a validation problem's errors on the form's (possibly nested) fields, e.g. `contact.email` or
 * `documents[0].expiresOn`; a key under a field (`scores.quality` when only `scores` exists) goes to
 * the nearest field. Returns the messages that belong to no field, for an alert.
 */
export function applyServerErrors<T>(form: FormInstance<T>, error: unknown, fieldPatterns: readonly string[]): string[] {
  const problem = problemOf(error);
  const patterns = fieldPatterns.map((p) => p.toLowerCase());
  const byField = new Map<string, { name: Path; errors: string[] }>();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    let path = toPath(key);
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
  // AntD types field names by the form's values; the server's paths are checked against the patterns above.
  form.setFields([...byField.values()] as Parameters<FormInstance<T>['setFields']>[0]);
  return other;
}
