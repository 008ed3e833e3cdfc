import { Collapse, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import type { components } from '@/lib/api/schema';
import { formatDateTime } from '@/lib/format';

export type HistoryEntry = components['schemas']['HistoryEntry'];

/**
 * A record's history (GET …/{id}/history): every event, newest first, in the server's words (its title, in the
 * request's language), with who did it, when, and its data on demand — what auditors read when they replay a record.
 */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty description={t('history.empty')} />;
  const language = currentLanguage();
  const newestFirst = [...entries].sort((a, b) => b.version - a.version);
  return (
    <Timeline
      items={newestFirst.map((entry) => ({
        key: entry.version,
        content: (
          <div data-testid="history-entry">
            <Typography.Text strong>{entry.title}</Typography.Text>
            <br />
            <Typography.Text type="secondary">
              {formatDateTime(entry.timestamp, language)} · {entry.actor ? t('history.by', { actor: entry.actor }) : t('history.system')} ·{' '}
              {t('history.version', { version: entry.version })}
            </Typography.Text>
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: 'data',
                  label: t('history.details'),
                  children: <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>{JSON.stringify(entry.data, null, 2)}</pre>,
                },
              ]}
            />
          </div>
        ),
      }))}
    />
  );
}
