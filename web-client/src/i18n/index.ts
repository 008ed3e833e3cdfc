import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';
import { zh } from './locales/zh';

export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

const storageKey = 'ops.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** The stored choice, else the browser's preference, else English. */
export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Switches the UI language and remembers it for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  safeStorage()?.setItem(storageKey, language);
  await i18n.changeLanguage(language);
}

export const currentLanguage = (): Language => (isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en');

/** The value for Accept-Language, so server texts (validation messages) come in the same language. */
export const acceptLanguage = (): string => (currentLanguage() === 'zh' ? 'zh-CN' : 'en');

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
