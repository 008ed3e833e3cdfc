import { Input } from 'antd';

type SearchBoxProps = {
  /** What is searched: the box's accessible name and its placeholder. */
  label: string;
  /** The trimmed text, or undefined when the box was cleared (the filter then goes away). */
  onSearch: (text: string | undefined) => void;
  width?: number;
  defaultValue?: string;
  value?: string;
  onChange?: (text: string) => void;
};

/** A list's text filter, applied on Enter or the search button (one request per search, not per key). */
export function SearchBox({ label, onSearch, width = 260, defaultValue, value, onChange }: SearchBoxProps) {
  return (
    <Input.Search
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ width, maxWidth: '100%' }}
      defaultValue={defaultValue}
      value={value}
      onChange={onChange ? (event) => onChange(event.target.value) : undefined}
      onSearch={(text) => onSearch(text.trim() || undefined)}
    />
  );
}
