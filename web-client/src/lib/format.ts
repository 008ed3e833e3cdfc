import type { Language } from '@/i18n';

const locales: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

/** A UTC instant from the API, shown in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
