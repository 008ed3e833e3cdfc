import { DatePicker, type DatePickerProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { isLanguage } from '@/i18n';
import { dateInputFormats, dateTimeInputFormats } from '@/lib/format';

/**
 * The app's date field: the date picker showing the date as the app shows dates elsewhere (31 Dec 2026, 2026年12月31日),
 * accepting an ISO date typed too. With `showTime`, the date and its time.
 */
export function DateInput({ showTime, ...props }: Omit<DatePickerProps, 'format'>) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return <DatePicker style={{ width: '100%' }} {...props} showTime={showTime} format={showTime ? dateTimeInputFormats[language] : dateInputFormats[language]} />;
}
