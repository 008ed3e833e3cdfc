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

/** An amount in its currency (the API's Money: amount + ISO currency code). */
export function formatMoney(money: { amount: number; currency: string } | null | undefined, language: Language): string | null {
  if (!money) return null;
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: money.currency }).format(money.amount);
}

/** A ratio (0.25) as a percentage (25.0 %). */
export function formatPercent(ratio: number | null | undefined, language: Language, digits = 1): string | null {
  if (ratio === null || ratio === undefined) return null;
  return new Intl.NumberFormat(locales[language], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(ratio);
}

/** An event type name (SupplierRegistered, or the store's alias supplier_registered) as words (Supplier registered). */
export function humanizeEventType(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The event's name in code (ListingSubmitted) from what the history answers: the store's alias (listing_submitted). */
export function eventName(type: string): string {
  return type
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** The store's alias of an event (ListingSubmitted → listing_submitted), as GET …/history answers it. */
export function eventAlias(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * A length or weight kept at full precision by the server (a metric size converts to 9.8425196850… in), shown with at
 * most three decimals: enough to see which side of a tier limit it falls on (0.752 in is not 0.75 in).
 */
export function formatMeasure(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 3 }).format(value);
}
