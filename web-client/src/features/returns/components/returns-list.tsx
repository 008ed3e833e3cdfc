import { Button, Empty, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import {
  returnFindings,
  returnStatuses,
  useReturns,
  type CustomerReturn,
  type ReturnFinding,
  type ReturnsQuery,
  type ReturnStatus,
} from '../api/get-returns';

import { ReturnStatusTag } from './labels';

/** Customer returns, paged and filtered by the server: status, finding, a search in SKU and order number. */
export function ReturnsList() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [query, setQuery] = useState<ReturnsQuery>({ page: 1, pageSize: 20 });
  const returns = useReturns(query);
  const filter = (change: Partial<ReturnsQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<CustomerReturn> = [
    { title: t('returns.order'), key: 'order', render: (_, r) => `${r.marketplace} ${r.orderNumber}` },
    { title: t('returns.sku'), key: 'sku', dataIndex: 'sku' },
    { title: t('returns.quantity'), key: 'quantity', align: 'right', render: (_, r) => r.quantity },
    { title: t('returns.kind'), key: 'kind', render: (_, r) => t(`returns.kinds.${r.kind}`) },
    { title: t('returns.status'), key: 'status', render: (_, r) => <ReturnStatusTag status={r.status} /> },
    { title: t('returns.finding'), key: 'finding', render: (_, r) => (r.finding ? t(`returns.findings.${r.finding}`) : t('common.noValue')) },
    { title: t('returns.requestedAt'), key: 'requestedAt', render: (_, r) => formatDateTime(r.requestedAt, language) },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('returns.search')} onSearch={(value) => filter({ search: value })} />
        <Select
          allowClear
          aria-label={t('returns.status')}
          placeholder={t('returns.status')}
          style={{ width: 160 }}
          virtual={false}
          options={returnStatuses.map((s) => ({ value: s, label: t(`returns.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: ReturnStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('returns.finding')}
          placeholder={t('returns.finding')}
          style={{ width: 200 }}
          virtual={false}
          options={returnFindings.map((f) => ({ value: f, label: t(`returns.findings.${f}`) }))}
          value={query.finding ?? undefined}
          onChange={(finding?: ReturnFinding) => filter({ finding })}
        />
      </Flex>
      {returns.isError ? <ProblemAlert error={returns.error} action={<Button onClick={() => void returns.refetch()}>{t('common.retry')}</Button>} /> : null}
      <ResponsiveTable<CustomerReturn>
        rowKey="id"
        columns={columns}
        dataSource={returns.data?.items ?? []}
        loading={returns.isFetching}
        locale={{ emptyText: returns.isPending ? ' ' : <Empty description={t('returns.empty')} /> }}
        onRow={(r) => ({ onClick: () => void navigate(paths.logistics.return.getHref(r.id)), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: returns.data?.totalItems ?? 0,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }}
      />
    </Flex>
  );
}
