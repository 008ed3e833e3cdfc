import type { TFunction } from 'i18next';

import type { Language } from '@/i18n';
import type { components } from '@/lib/api/schema';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '@/lib/format';

export type HistoryEntry = components['schemas']['HistoryEntry'];
export type HistoryChange = components['schemas']['HistoryChange'];

/**
 * The words of one kind of record for its history: what its fields are called (by their path in the record, `contact.email`,
 * or by their own name, `email`), the labels of enum values per field, and fields not worth a line (one that repeats another:
 * a list's latest item beside the list). The server lists every change; this only says how to read them.
 */
export type HistoryVocabulary = {
  fields?: Record<string, string>;
  values?: Record<string, Readonly<Record<string, string>>>;
  hidden?: readonly string[];
};

/** Names of properties that say what an item is, in the order preferred (as the server names changed list items). */
const labelProperties = ['name', 'title', 'label', 'number', 'sku', 'description', 'kind', 'reason'] as const;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const maxText = 80;

type Context = { vocabulary: HistoryVocabulary; t: TFunction; language: Language };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMoney = (value: unknown): value is { amount: number; currency: string } =>
  isRecord(value) && Object.keys(value).length === 2 && typeof value.amount === 'number' && typeof value.currency === 'string';

/** Words made from a name: `monthlyCapacityUnits` → "Monthly capacity units". */
function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a field is called: the vocabulary's name for its path or its own name, the app's common name, or its name in words. */
function fieldName(path: string, { vocabulary, t }: Context): string {
  const own = path.split('.').pop() ?? path;
  const common = t('history.fields', { returnObjects: true }) as Readonly<Record<string, string>>;
  return vocabulary.fields?.[path] ?? vocabulary.fields?.[own] ?? common[own] ?? humanize(own);
}

/**
 * A field path as people read it: each level by its name, "Go-live deadline › Warned" — or the vocabulary's name for the
 * whole path where it names that path but not its parent ("Contact email" for `contact.email`).
 */
export function fieldLabel(path: string, context: Context): string {
  const parts = path.split('.');
  const fields = context.vocabulary.fields ?? {};
  const whole = fields[path];
  if (whole && parts.length > 1 && !fields[parts.slice(0, -1).join('.')]) return whole;
  return parts.map((_, i) => fieldName(parts.slice(0, i + 1).join('.'), context)).join(' › ');
}

function shorten(text: string): string {
  return text.length > maxText ? `${text.slice(0, maxText - 1)}…` : text;
}

/** A value in the app's formats: money with its currency, dates and times in the user's time zone, enum labels, yes/no. */
export function formatValue(value: unknown, field: string, context: Context): string {
  const { t, language, vocabulary } = context;
  if (value === null || value === undefined || value === '') return t('common.noValue');
  if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'string') {
    const own = field.split('.').pop() ?? field;
    const label = vocabulary.values?.[field]?.[value] ?? vocabulary.values?.[own]?.[value];
    if (label) return label;
    if (isoDate.test(value)) return formatDate(value, language) ?? value;
    if (isoDateTime.test(value)) return formatDateTime(value, language) ?? value;
    return shorten(value);
  }
  if (isMoney(value)) return formatMoney(value, language) ?? `${value.amount} ${value.currency}`;
  if (Array.isArray(value)) return value.map((item) => formatValue(item, field, context)).join(', ') || t('common.noValue');
  if (isRecord(value)) return describeItem(value, field, context);
  return shorten(String(value));
}

/** An object (a list's item) by what names it, else by its first few values. */
function describeItem(item: Record<string, unknown>, field: string, context: Context): string {
  const label = labelProperties.map((p) => item[p]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (label) return shorten(label);
  const shown = Object.entries(item)
    .filter(([key, value]) => value !== null && typeof value !== 'object' && !/id$/i.test(key))
    .slice(0, 3)
    .map(([key, value]) => `${fieldName(`${field}.${key}`, context)}: ${formatValue(value, `${field}.${key}`, context)}`);
  return shown.length > 0 ? shorten(shown.join(', ')) : '…';
}

/** Whether the vocabulary leaves this change out (its field or a parent of it is hidden). */
export function isHidden(change: HistoryChange, vocabulary: HistoryVocabulary): boolean {
  return (vocabulary.hidden ?? []).some((hidden) => change.field === hidden || change.field.startsWith(`${hidden}.`));
}

/**
 * One change as a sentence: "Status: Evaluated → Approved"; "Documents: added ISO 9001"; "Documents › Status (Business
 * licence): Valid → Expiring".
 */
export function changeSentence(change: HistoryChange, context: Context): string {
  const { t } = context;
  const label = change.item ? `${fieldLabel(change.field, context)} (${change.item})` : fieldLabel(change.field, context);
  if (change.added || change.removed) {
    const parts = [
      ...(change.added?.length ? [t('history.added', { items: change.added.map((i) => formatValue(i, change.field, context)).join('; ') })] : []),
      ...(change.removed?.length ? [t('history.removed', { items: change.removed.map((i) => formatValue(i, change.field, context)).join('; ') })] : []),
    ];
    return `${label}: ${parts.join('; ')}`;
  }
  return `${label}: ${formatValue(change.before, change.field, context)} → ${formatValue(change.after, change.field, context)}`;
}
