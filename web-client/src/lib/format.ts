import type { Language } from '@/i18n';

const locales: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

/** A UTC instant from the API, shown in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date from the API (yyyy-mm-dd), in the UI language. */
export function formatDate(isoDate: string | null | undefined, language: Language): string | null {
  if (!isoDate) return null;
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeZone: isoDate.length === 10 ? 'UTC' : undefined }).format(date);
}

/**
 * An amount in its currency (the API's Money: amount + ISO currency code), with the currency's own decimals; a unit cost
 * or an estimate the server keeps finer than cents may show up to `maximumFractionDigits` (US$2.125 rather than US$2.13).
 */
export function formatMoney(
  money: { amount: number; currency: string } | null | undefined,
  language: Language,
  maximumFractionDigits?: number,
): string | null {
  if (!money) return null;
  const format = new Intl.NumberFormat(locales[language], { style: 'currency', currency: money.currency });
  if (maximumFractionDigits === undefined) return format.format(money.amount);
  const minimumFractionDigits = Math.min(format.resolvedOptions().minimumFractionDigits ?? 2, maximumFractionDigits);
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: money.currency, minimumFractionDigits, maximumFractionDigits }).format(
    money.amount,
  );
}

/** A ratio (0.25) as a percentage (25.0 %). */
export function formatPercent(ratio: number | null | undefined, language: Language, digits = 1): string | null {
  if (ratio === null || ratio === undefined) return null;
  return new Intl.NumberFormat(locales[language], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);
}

/**
 * A length or weight kept at full precision by the server (a metric size converts to 9.8425196850… in), shown with at
 * most three decimals: enough to see which side of a tier limit it falls on (0.752 in is not 0.75 in).
 */
export function formatMeasure(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 3 }).format(value);
}

/** A number with the UI language's thousands separators (12,000), with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits }).format(value);
}

/**
 * How a date field shows its date (the first format: as `formatDate` shows dates everywhere else) and what it also
 * accepts typed (the ISO date, 2026-12-31). Day.js tokens, for the date picker. One difference is left: Intl writes
 * September "Sept" in en-GB where Day.js writes "Sep"; formatting with Intl instead would need a function as the
 * picker's format, and the picker then refuses typing.
 */
export const dateInputFormats: Record<Language, string[]> = {
  en: ['D MMM YYYY', 'YYYY-MM-DD'],
  zh: ['YYYY年M月D日', 'YYYY-MM-DD'],
};

/** The same for a date with its time, as `formatDateTime` shows it. */
export const dateTimeInputFormats: Record<Language, string[]> = {
  en: ['D MMM YYYY, HH:mm', 'YYYY-MM-DD HH:mm'],
  zh: ['YYYY年M月D日 HH:mm', 'YYYY-MM-DD HH:mm'],
};
