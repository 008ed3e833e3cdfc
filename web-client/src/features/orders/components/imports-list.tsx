import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { useOrderImports, type OrderImportsQuery } from '../api/get-order-imports';
import type { ImportJob } from '../api/import-orders';

import { ImportStatusTag } from './import-job';

/** The past order imports, newest first: what each file gave and who sent it. */
export function ImportsList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<OrderImportsQuery>({ page: 1, pageSize: 20 });
  const imports = useOrderImports(query);
  const columns: ColumnsType<ImportJob> = [
    { title: t('orders.imports.file'), key: 'file', render: (_, job) => <Link to={paths.logistics.orderImport.getHref(job.id)}>{job.fileName}</Link> },
    { title: t('orders.imports.status'), key: 'status', render: (_, job) => <ImportStatusTag status={job.status} /> },
    { title: t('orders.imports.imported'), key: 'imported', render: (_, job) => job.imported },
    { title: t('orders.imports.skipped'), key: 'skipped', render: (_, job) => job.skipped },
    { title: t('orders.imports.errors'), key: 'errors', render: (_, job) => job.errorCount },
    { title: t('orders.imports.startedBy'), key: 'startedBy', render: (_, job) => job.startedBy },
    { title: t('orders.imports.startedAt'), key: 'startedAt', render: (_, job) => formatDateTime(job.startedAt, currentLanguage()) },
  ];
  return (
    <PagedTable<ImportJob>
      aria-label={t('orders.imports.past')}
      result={imports}
      paging={query}
      onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
      columns={columns}
      emptyText={t('orders.imports.none')}
    />
  );
}
