import type { components } from '@/lib/api/schema';

type DocumentStatus = components['schemas']['DocumentStatus'];
const severity: Record<DocumentStatus, number> = { Valid: 0, Expiring: 1, Expired: 2 };

const todayUtc = () => new Date().toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * How far a document is from expiring. The server's status changes when its scheduled warning and
 * expiry fire (at the start of the UTC day), so a document filed inside the warning window reads
 * "Valid" until the warning lands; with the warning window from the settings the dates decide too,
 * and the more severe of the two is shown.
 */
export function documentExpiry(document: { expiresOn: string; status: DocumentStatus }, warnDaysBeforeExpiry: number | undefined): DocumentStatus {
  if (warnDaysBeforeExpiry === undefined) return document.status;
  const today = todayUtc();
  const byDate: DocumentStatus =
    document.expiresOn <= today ? 'Expired' : document.expiresOn <= addDays(today, warnDaysBeforeExpiry) ? 'Expiring' : 'Valid';
  return severity[byDate] > severity[document.status] ? byDate : document.status;
}
