import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { isLanguage, type Language } from '@/i18n';
import { codeLabel, searchable, searchTextOf, type CodeKind } from '@/lib/iso-codes';

type CodeOption = { value: string; label: string; search: string };

export type CodeSelectProps = Omit<SelectProps<string, CodeOption>, 'options' | 'showSearch' | 'mode' | 'filterOption' | 'filterSort' | 'labelInValue'>;

const collators: Record<Language, Intl.Collator> = { en: new Intl.Collator('en-GB'), zh: new Intl.Collator('zh-CN') };

/** Best first: the code itself, then names starting with the search, then the rest, each in the UI language's order. */
function rank(option: CodeOption, search: string): number {
  const text = searchable(search);
  if (option.value.toLowerCase() === text) return 0;
  return option.search.split(' ').some((word) => word.startsWith(text)) ? 1 : 2;
}

/**
 * A searchable pick of ISO codes (countries or currencies) named in the UI language. The search matches the code or
 * the name in English or Chinese; the value is the code picked, exactly — text typed is only ever a search, never a
 * value. A value outside the list (a code kept in an older record) is still shown as it is.
 */
export function CodeSelect({ kind, codes, value, ...props }: CodeSelectProps & { kind: CodeKind; codes: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const options = useMemo(() => {
    const listed = codes.map((code) => ({ value: code, label: codeLabel(kind, code, language), search: searchTextOf(kind, code) }));
    listed.sort((a, b) => collators[language].compare(a.label, b.label));
    return listed;
  }, [codes, kind, language]);
  const shown = value && !codes.includes(value) ? [{ value, label: value, search: searchable(value) }, ...options] : options;

  return (
    <Select<string, CodeOption>
      {...props}
      value={value}
      options={shown}
      showSearch={{
        filterOption: (input, option) => !!option && option.search.includes(searchable(input)),
        filterSort: (a, b, { searchValue }) => rank(a, searchValue) - rank(b, searchValue) || collators[language].compare(a.label, b.label),
      }}
      notFoundContent={t('common.noMatch')}
    />
  );
}
