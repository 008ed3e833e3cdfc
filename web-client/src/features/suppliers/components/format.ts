import type { Language } from '@/i18n';

const locales: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN' };

/** A 0–100 score with up to two decimals, in the UI language. */
export const formatScore = (score: number | null | undefined, language: Language): string | null =>
  score === null || score === undefined ? null : new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(score);
