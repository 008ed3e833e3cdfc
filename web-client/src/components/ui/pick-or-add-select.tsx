import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Option = { value: string; label: string };

export type PickOrAddSelectProps = Omit<SelectProps<string, Option>, 'options' | 'showSearch' | 'mode' | 'filterOption' | 'labelInValue'> & {
  /** The values already in use, offered first. */
  choices: readonly string[];
};

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * A value from those already in use, or a new one: typing searches the list, and offers "Add “…”" with the text as
 * typed (trimmed) when no value in use is spelt that way, ignoring case — so "pet supplies" picks the existing
 * "Pet Supplies" rather than splitting the list in two.
 */
export function PickOrAddSelect({ choices, value, onSearch, onSelect, onBlur, ...props }: PickOrAddSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const typed = search.trim();
  const known = value && !choices.some((c) => c === value) ? [value, ...choices] : [...choices];
  const matching = known.filter((choice) => choice.toLowerCase().includes(typed.toLowerCase()));
  const options: Option[] = matching.map((choice) => ({ value: choice, label: choice }));
  if (typed && !known.some((choice) => same(choice, typed))) options.push({ value: typed, label: t('common.addNew', { value: typed }) });

  return (
    <Select<string, Option>
      {...props}
      value={value}
      options={options}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setSearch(text);
          onSearch?.(text);
        },
      }}
      // The select forgets the search when a value is picked or it loses focus, without saying so: follow it.
      onSelect={(picked, option) => {
        setSearch('');
        onSelect?.(picked, option);
      }}
      onBlur={(event) => {
        setSearch('');
        onBlur?.(event);
      }}
      notFoundContent={t('common.noMatch')}
    />
  );
}
