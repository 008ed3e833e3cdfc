import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { problemOf } from '@/lib/problem';

import { useOrderImport } from '../api/get-order-import';
import { ImportJobView } from '../components/import-job';

/** One order import: polled while it runs, then its outcome or the rows it refused. */
export function OrderImportRoute() {
  const { t } = useTranslation();
  const { importId = '' } = useParams();
  const job = useOrderImport(importId);

  if (job.isPending) return <Loading />;
  if (job.isError) {
    if (problemOf(job.error).status === 404)
      return (
        <Result
          status="404"
          title={t('orders.imports.notFound')}
          extra={<Link to={paths.logistics.orderImports.getHref()}>{t('orders.imports.backToList')}</Link>}
        />
      );
    return <ProblemAlert error={job.error} action={<Button onClick={() => void job.refetch()}>{t('common.retry')}</Button>} />;
  }
  return (
    <Page
      title={t('orders.imports.jobTitle', { file: job.data.fileName })}
      actions={<Link to={paths.logistics.orderImports.getHref()}>{t('orders.imports.backToList')}</Link>}
    >
      <ImportJobView job={job.data} />
    </Page>
  );
}
