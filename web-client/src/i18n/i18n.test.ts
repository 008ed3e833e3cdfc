import { changeLanguage, i18n, initialLanguage } from '@/i18n';

import { en } from './locales/en';
import { zh } from './locales/zh';

/** Every leaf key of a resource tree, dotted. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(tree: object): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value as object).map(([k, v]) => [`${key}.${k}`, v] as [string, unknown]) : [[key, value]],
  );
}

/** The names of a text's placeholders, with or without a format (`{{count, number}}`). */
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('have the same keys in English and Chinese', () => {
    const english = keys(en);
    const chinese = keys(zh);

    expect(english.filter((k) => !chinese.includes(k))).toEqual([]);
    expect(chinese.filter((k) => !english.includes(k))).toEqual([]);
  });

  it('have no empty text', () => {
    expect([...leaves(en), ...leaves(zh)].filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
  });

  it('name the thing counted in its plural form, never "thing(s)"', () => {
    expect(leaves(en).filter(([, v]) => /\w\(s\)/.test(String(v))).map(([k]) => k)).toEqual([]);
  });

  it('have a singular and a plural form in English wherever a plural is given', () => {
    const english = keys(en);
    const plurals = english.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length));
    expect(plurals.filter((k) => !english.includes(`${k}_one`))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const chinese = new Map(leaves(zh));
    const mismatched = leaves(en).filter(([k, v]) => JSON.stringify(placeholders(String(v))) !== JSON.stringify(placeholders(String(chinese.get(k)))));

    expect(mismatched.map(([k]) => k)).toEqual([]);
  });
});

describe('language choice', () => {
  it('is remembered in localStorage for the next visit', async () => {
    await changeLanguage('zh');

    expect(i18n.resolvedLanguage).toBe('zh');
    expect(localStorage.getItem('ops.language')).toBe('zh');
    expect(initialLanguage()).toBe('zh');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem('ops.language', 'klingon');

    expect(initialLanguage()).toBe('en');
  });
});
