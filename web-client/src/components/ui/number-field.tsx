import { Form, InputNumber, type FormItemProps, type InputNumberProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { isLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

/**
 * The numbers a field accepts, as the server's rule states them: `min`/`max` inclusive, `above` exclusive (an amount
 * "greater than 0"), `integer` for counts.
 */
export type NumberBounds = { min?: number; max?: number; above?: number; integer?: boolean };

/**
 * A validation rule for `bounds`, its message naming the bound. A number out of range is a field error and stays as
 * typed: antd's own `min`/`max` would silently replace −5 by 1 (and `precision` 2.5 by 3) when the field loses focus.
 */
export function numberRule(bounds: NumberBounds, t: TFunction, language: string | undefined): Rule {
  const lang = isLanguage(language) ? language : 'en';
  const n = (value: number) => formatNumber(value, lang, 10);
  const { min, max, above, integer } = bounds;
  const rangeMessage = (): string => {
    if (above !== undefined) return max !== undefined ? t('common.numbers.aboveAtMost', { min: n(above), max: n(max) }) : t('common.numbers.above', { min: n(above) });
    if (min !== undefined && max !== undefined) return t('common.numbers.between', { min: n(min), max: n(max) });
    if (min !== undefined) return t('common.numbers.atLeast', { min: n(min) });
    return t('common.numbers.atMost', { max: n(max ?? 0) });
  };
  return {
    validator: (_, value: unknown) => {
      if (typeof value !== 'number') return Promise.resolve();
      const number = value;
      const outOfRange =
        (above !== undefined && !(number > above)) ||
        (min !== undefined && number < min) ||
        (max !== undefined && number > max);
      if (outOfRange) return Promise.reject(new Error(rangeMessage()));
      if (integer && !Number.isInteger(number)) return Promise.reject(new Error(t('common.numbers.wholeNumber')));
      return Promise.resolve();
    },
  };
}

export type NumberFieldProps = Omit<FormItemProps, 'children'> &
  NumberBounds & {
    /** Props of the input itself (step, placeholder); never min, max or precision, which would change what is typed. */
    inputProps?: Omit<InputNumberProps, 'min' | 'max' | 'precision'>;
  };

/**
 * A form's number: the value as typed, checked against its bounds with a field error, so nothing is sent while it is
 * out of range. `rules` (e.g. required) come first.
 */
export function NumberField({ min, max, above, integer, rules = [], inputProps, ...item }: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <Form.Item {...item} rules={[...rules, numberRule({ min, max, above, integer }, t, i18n.resolvedLanguage)]}>
      <InputNumber style={{ width: '100%' }} {...inputProps} />
    </Form.Item>
  );
}
