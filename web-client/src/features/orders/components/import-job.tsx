import { Alert, Descriptions, Flex, Progress, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { ImportJob, ImportJobStatus, ImportRowError } from '../api/import-orders';

const statusColours: Record<ImportJobStatus, string> = { Validating: 'processing', Importing: 'processing', Completed: 'success', Rejected: 'error', Failed: 'error' };

export function ImportStatusTag({ status }: { status: ImportJobStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`orders.imports.statuses.${status}`)}</Tag>;
}

/** How far a job is: rows checked while validating, records written (or found already there) while importing. */
function JobProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  if (job.status === 'Validating') {
    return (
      <Flex vertical gap={4}>
        <Progress percent={100} status="active" showInfo={false} aria-label={t('orders.imports.progress')} />
        <Typography.Text>{t('orders.imports.checking', { count: job.rowsRead })}</Typography.Text>
      </Flex>
    );
  }
  const done = job.imported + job.skipped;
  const percent = job.records > 0 ? Math.floor((done / job.records) * 100) : 100;
  return (
    <Flex vertical gap={4}>
      <Progress percent={percent} status={job.status === 'Importing' ? 'active' : job.status === 'Completed' ? 'success' : 'exception'} aria-label={t('orders.imports.progress')} />
      <Typography.Text>{t('orders.imports.written', { done, total: job.records })}</Typography.Text>
    </Flex>
  );
}

/** An import job: where it stands, its progress, its outcome, and every refused row (row number, field, message). */
export function ImportJobView({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: ColumnsType<ImportRowError> = [
    { title: t('orders.imports.row'), key: 'row', render: (_, e) => e.row },
    { title: t('orders.imports.field'), key: 'field', render: (_, e) => e.field ?? '—' },
    { title: t('orders.imports.message'), key: 'message', render: (_, e) => e.message },
    { title: t('orders.imports.code'), key: 'code', render: (_, e) => <Typography.Text code>{e.code}</Typography.Text> },
  ];

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'file', label: t('orders.imports.file'), children: job.fileName },
          { key: 'status', label: t('orders.imports.status'), children: <ImportStatusTag status={job.status} /> },
          { key: 'startedBy', label: t('orders.imports.startedBy'), children: job.startedBy },
          { key: 'startedAt', label: t('orders.imports.startedAt'), children: formatDateTime(job.startedAt, language) },
          { key: 'rows', label: t('orders.imports.rowsRead'), children: job.rowsRead },
          { key: 'finishedAt', label: t('orders.imports.finishedAt'), children: formatDateTime(job.finishedAt, language) ?? '—' },
        ]}
      />
      <JobProgress job={job} />
      {job.status === 'Completed' ? (
        <Alert type="success" showIcon title={t('orders.imports.completed')} description={t('orders.imports.outcome', { imported: job.imported, skipped: job.skipped })} />
      ) : null}
      {job.status === 'Rejected' ? (
        <Alert type="error" showIcon title={t('orders.imports.rejected', { count: job.errorCount })} description={t('orders.imports.rejectedHelp')} />
      ) : null}
      {job.status === 'Failed' ? (
        <Alert
          type="error"
          showIcon
          title={t('orders.imports.failed')}
          description={
            <>
              <div>{job.failure}</div>
              <div>{t('orders.imports.outcome', { imported: job.imported, skipped: job.skipped })}</div>
              <div>{t('orders.imports.failedHelp')}</div>
            </>
          }
        />
      ) : null}
      {job.errors.length > 0 ? (
        <section aria-label={t('orders.imports.rowErrors')}>
          <Typography.Title level={5}>{t('orders.imports.rowErrors')}</Typography.Title>
          {job.errorCount > job.errors.length ? (
            <Typography.Paragraph type="secondary">{t('orders.imports.errorsCut', { shown: job.errors.length, count: job.errorCount })}</Typography.Paragraph>
          ) : null}
          <ResponsiveTable<ImportRowError>
            rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.code}-${e.message}`}
            columns={columns}
            dataSource={job.errors}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
          />
        </section>
      ) : null}
    </Flex>
  );
}
