import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { problemOf } from '@/lib/problem';

import { HistoryTimeline, type HistoryEntry } from './history-timeline';
import { Loading } from './loading';
import { Page } from './page';
import { ProblemAlert } from './problem-alert';

/**
 * A record's page that could not load its record: a 404 says the record does not exist and leads back to its list;
 * any other failure shows the problem with a retry, under the page's title.
 */
export function RecordLoadFailure({ query, title, notFound, backTo, backLabel }: {
  query: UseQueryResult<unknown>;
  title: string;
  notFound: string;
  backTo: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  if (problemOf(query.error).status === 404)
    return (
      <Result
        status="404"
        title={notFound}
        extra={
          <Link to={backTo}>
            <Button>{backLabel}</Button>
          </Link>
        }
      />
    );
  return (
    <Page title={title}>
      <ProblemAlert error={query.error} action={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>} />
    </Page>
  );
}

/** A record's timeline under its heading: loading, the problem if it could not load, empty, or the entries as sentences. */
export function HistorySection({ title, history }: { title: string; history: UseQueryResult<HistoryEntry[]> }) {
  return (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      {history.isError ? (
        <ProblemAlert error={history.error} />
      ) : history.isPending ? (
        <Loading />
      ) : history.data.length === 0 ? (
        <Empty />
      ) : (
        <HistoryTimeline entries={history.data} />
      )}
    </>
  );
}
