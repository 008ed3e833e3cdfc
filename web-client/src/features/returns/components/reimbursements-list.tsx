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
import { formatMoney } from '@/lib/format';

import {
  reimbursementKinds,
  reimbursementStatuses,
  useReimbursements,
  type ReimbursementCase,
  type ReimbursementKind,
  type ReimbursementsQuery,
  type ReimbursementStatus,
} from '../api/get-reimbursements';

import { CaseStatusTag } from './labels';

/** Reimbursement cases, paged and filtered by the server: status, kind, SKU, shipment. */
export function ReimbursementsList() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [query, setQuery] = useState<ReimbursementsQuery>({ page: 1, pageSize: 20 });
  const cases = useReimbursements(query);
  const filter = (change: Partial<ReimbursementsQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<ReimbursementCase> = [
    { title: t('returns.reimbursements.sku'), key: 'sku', dataIndex: 'sku' },
    { title: t('returns.reimbursements.kind'), key: 'kind', render: (_, c) => t(`returns.reimbursements.kinds.${c.kind}`) },
    { title: t('returns.reimbursements.shipment'), key: 'shipment', render: (_, c) => c.shipmentReference ?? t('common.noValue') },
    { title: t('returns.reimbursements.quantity'), key: 'quantity', align: 'right', render: (_, c) => c.claim.quantity },
    {
      title: t('returns.reimbursements.claimed'),
      key: 'claimed',
      align: 'right',
      render: (_, c) => formatMoney(c.claim.amountClaimed, language),
    },
    { title: t('returns.reimbursements.status'), key: 'status', render: (_, c) => <CaseStatusTag status={c.status} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('returns.reimbursements.sku')} width={200} onSearch={(value) => filter({ sku: value || undefined })} />
        <SearchBox label={t('returns.reimbursements.shipment')} width={200} onSearch={(value) => filter({ shipmentReference: value || undefined })} />
        <Select
          allowClear
          aria-label={t('returns.reimbursements.status')}
          placeholder={t('returns.reimbursements.status')}
          style={{ width: 160 }}
          virtual={false}
          options={reimbursementStatuses.map((s) => ({ value: s, label: t(`returns.reimbursements.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: ReimbursementStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('returns.reimbursements.kind')}
          placeholder={t('returns.reimbursements.kind')}
          style={{ width: 180 }}
          virtual={false}
          options={reimbursementKinds.map((k) => ({ value: k, label: t(`returns.reimbursements.kinds.${k}`) }))}
          value={query.kind ?? undefined}
          onChange={(kind?: ReimbursementKind) => filter({ kind })}
        />
      </Flex>
      {cases.isError ? <ProblemAlert error={cases.error} action={<Button onClick={() => void cases.refetch()}>{t('common.retry')}</Button>} /> : null}
      <ResponsiveTable<ReimbursementCase>
        rowKey="id"
        columns={columns}
        dataSource={cases.data?.items ?? []}
        loading={cases.isFetching}
        locale={{ emptyText: cases.isPending ? ' ' : <Empty description={t('returns.reimbursements.empty')} /> }}
        onRow={(c) => ({ onClick: () => void navigate(paths.logistics.reimbursement.getHref(c.id)), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: cases.data?.totalItems ?? 0,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }}
      />
    </Flex>
  );
}
