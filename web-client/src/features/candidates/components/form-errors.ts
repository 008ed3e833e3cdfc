import type { FormInstance } from 'antd';
import type { Problem } from '@/lib/problem';

export type FieldPath = readonly (string | number)[];

/**
 * Puts a validation problem's errors on the form's fields, nested ones included: the server names members with dots
 * (`size.length`, `scores.teamFit`, `targetPrice.amount`) and items by index (`defects[0]`). An error goes to the
 * longest form path that starts its key; `aliases` send a key elsewhere (every money's `currency` to the one currency
 * field). Whatever matches no field is returned in `other`, for the alert above the form.
 */
export function formErrors(problem: Problem, paths: readonly FieldPath[], aliases: Record<string, FieldPath> = {}) {
  const byField = new Map<string, { name: FieldPath; errors: string[] }>();
  const other: string[] = [];
  const lowerAliases = new Map(Object.entries(aliases).map(([key, path]) => [key.toLowerCase(), path]));
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    const segments = key.split(/[.[\]]+/).filter(Boolean).map((s) => s.toLowerCase());
    const alias = lowerAliases.get(segments.join('.'));
    const match =
      alias ??
      [...paths]
        .filter((path) => path.every((part, i) => String(part).toLowerCase() === segments[i]))
        .sort((a, b) => b.length - a.length)[0];
    if (!match) {
      other.push(...messages.map((m) => `${key}: ${m}`));
      continue;
    }
    const id = match.join('.');
    const entry = byField.get(id) ?? { name: match, errors: [] };
    entry.errors.push(...messages.filter((m) => !entry.errors.includes(m)));
    byField.set(id, entry);
  }
  return { fields: [...byField.values()].map(({ name, errors }) => ({ name: [...name], errors })), other };
}

/** Sets the problem's field errors on `form` and returns the messages that belong to no field. */
export function applyFormErrors<V>(
  form: FormInstance<V>,
  problem: Problem,
  paths: readonly FieldPath[],
  aliases?: Record<string, FieldPath>,
): string[] {
  const { fields, other } = formErrors(problem, paths, aliases);
  // The paths are the form's own (checked where they are declared); AntD types names per form.
  form.setFields(fields as Parameters<FormInstance<V>['setFields']>[0]);
  return other;
}
