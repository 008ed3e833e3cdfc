import type { TFunction } from 'i18next';

import { paths } from '@/config/paths';
import type { Language } from '@/i18n';

import type { Kpi, KpiList, KpiUnit } from '../api/get-kpis';

const locales: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

const number = (value: number, language: Language, minimumFractionDigits: number, maximumFractionDigits: number) =>
  new Intl.NumberFormat(locales[language], { minimumFractionDigits, maximumFractionDigits }).format(value);

/**
 * A KPI's value in its unit: a count whole (12,345), a percentage with its sign (62.5 %), a ratio as a multiple (1.8×),
 * days (4.5 days), a content score out of 100, minutes (42 min), a rating out of 5. The server rounds; this only writes what it sent.
 */
export function formatKpiValue(value: number, unit: KpiUnit, language: Language, t: TFunction): string {
  switch (unit) {
    case 'Count':
      return number(value, language, 0, 0);
    case 'Percent':
      return `${number(value, language, 1, 2)} %`;
    case 'Ratio':
      return `${number(value, language, 1, 2)}×`;
    case 'Days':
      return t('dashboard.kpi.days', { value: number(value, language, 1, 1) });
    case 'Score':
      return t('dashboard.kpi.score', { value: number(value, language, 1, 1) });
    case 'Minutes':
      return t('dashboard.kpi.minutes', { value: number(value, language, 0, 1) });
    case 'Rating':
      return `${number(value, language, 1, 1)} / 5`;
  }
}

/** The change against the previous period, signed, in the KPI's unit (a percentage changes by points); null without both. */
export function kpiChange(kpi: Pick<Kpi, 'value' | 'previous'>): number | null {
  if (kpi.value === null || kpi.value === undefined || kpi.previous === null || kpi.previous === undefined) return null;
  // Both are decimals of at most two places; rounding keeps 0.1 + 0.2 noise out of the sign.
  return Math.round((kpi.value - kpi.previous) * 100) / 100;
}

export function formatKpiChange(change: number, unit: KpiUnit, language: Language, t: TFunction): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  const amount = unit === 'Percent' ? t('dashboard.kpi.points', { value: number(size, language, 1, 2) }) : formatKpiValue(size, unit, language, t);
  return `${sign}${amount}`;
}

/** Whether a change is for the better, the worse, or neither (a count that is neither, or no change). */
export function changeTone(change: number, direction: Kpi['direction']): 'better' | 'worse' | 'neutral' {
  if (change === 0 || direction === 'Neutral') return 'neutral';
  return (change > 0) === (direction === 'HigherIsBetter') ? 'better' : 'worse';
}

/** The screen that shows an API list, by the list's resource. */
const listScreens: Record<string, string> = {
  '/api/selection/candidates': paths.selection.candidates.getHref(),
  '/api/selection/suppliers': paths.selection.suppliers.getHref(),
  '/api/listing/listings': paths.listing.listings.getHref(),
  '/api/logistics/orders': paths.logistics.orders.getHref(),
  '/api/logistics/stocktakes': paths.logistics.stocktakes.getHref(),
  '/api/service/inquiries': paths.service.inquiries.getHref(),
  '/api/service/complaints': paths.service.complaints.getHref(),
  '/api/service/collaboration-requests': paths.service.collaboration.getHref(),
  '/api/service/follow-up-plans': paths.service.followUps.getHref(),
};

/** Where the list behind a figure opens in the app, filtered as the server says; null where no screen shows that list. */
export function listHref(list: KpiList | null | undefined): string | null {
  if (!list) return null;
  const screen = listScreens[list.resource];
  if (!screen) return null;
  const query = new URLSearchParams(list.query).toString();
  return query ? `${screen}?${query}` : screen;
}
