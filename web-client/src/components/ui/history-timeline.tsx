import { Empty, Flex, Switch, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { changeSentence, type HistoryEntry, type HistoryVocabulary, isHidden } from './history-sentences';

export type { HistoryEntry, HistoryVocabulary } from './history-sentences';

const developerKey = 'ops.history.developer';

function readDeveloperView(): boolean {
  try {
    return globalThis.localStorage?.getItem(developerKey) === 'on';
  } catch {
    return false;
  }
}

function rememberDeveloperView(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(developerKey, 'on');
    else globalThis.localStorage?.removeItem(developerKey);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/**
 * A record's history (GET …/{id}/history), newest first: each event as a sentence — what happened (the server's title,
 * in the request's language), who did it (a person's name, an API client's, or the system timer's label), when (in the
 * user's time zone and language) and what it changed, "Status: Evaluated → Approved". The stored event (type, data,
 * correlation) shows only in the developer view, a switch on the panel that is remembered for the next visit.
 */
export function HistoryTimeline({ entries, vocabulary = {} }: { entries: readonly HistoryEntry[]; vocabulary?: HistoryVocabulary }) {
  const { t } = useTranslation();
  const [developer, setDeveloper] = useState(readDeveloperView);
  const toggle = (on: boolean) => {
    rememberDeveloperView(on);
    setDeveloper(on);
  };
  if (entries.length === 0) return <Empty description={t('history.empty')} />;
  const language = currentLanguage();
  const context = { vocabulary, t, language };
  const newestFirst = [...entries].sort((a, b) => b.version - a.version);
  return (
    <Flex vertical gap="middle">
      <Flex justify="flex-end" align="center" gap="small">
        <Switch id="history-developer-view" size="small" checked={developer} onChange={toggle} />
        <label htmlFor="history-developer-view">{t('history.developerView')}</label>
      </Flex>
      <Timeline
        items={newestFirst.map((entry) => {
          const changes = entry.changes.filter((c) => !isHidden(c, vocabulary));
          return {
            key: entry.version,
            content: (
              <div data-testid="history-entry">
                <Typography.Text strong>{entry.title}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('history.byAt', { actor: entry.by.name, time: formatDateTime(entry.timestamp, language) ?? entry.timestamp })}
                </Typography.Text>
                {changes.length > 0 ? (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {changes.map((change, i) => (
                      <li key={`${change.field}-${change.item ?? ''}-${i}`}>{changeSentence(change, context)}</li>
                    ))}
                  </ul>
                ) : null}
                {developer ? (
                  <pre data-testid="history-raw" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', fontSize: 12 }}>
                    {JSON.stringify(
                      {
                        version: entry.version,
                        type: entry.type,
                        actor: entry.actor,
                        correlationId: entry.correlationId,
                        causationId: entry.causationId,
                        data: entry.data,
                      },
                      null,
                      2,
                    )}
                  </pre>
                ) : null}
              </div>
            ),
          };
        })}
      />
    </Flex>
  );
}
