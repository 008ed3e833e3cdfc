import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';

/**
 * A list's filter "what went through <activity> from … to …" (a KPI's link opens a list with it), shown so the reader
 * sees why the list is short, and removable. `to` is exclusive: the last day shown is the one before it.
 */
export function PeriodFilterTag({ activity, from, to, onClose }: { activity: string; from?: string | null; to?: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lastDay = to ? new Date(new Date(to).getTime() - 1).toISOString() : null;
  const text = t('common.periodFilter', {
    activity,
    from: (from && formatDate(from, language)) || '…',
    to: (lastDay && formatDate(lastDay, language)) || '…',
  });
  return (
    <Tag closable color="blue" onClose={onClose} aria-label={text} style={{ alignSelf: 'center' }} data-testid="period-filter">
      {text}
    </Tag>
  );
}
