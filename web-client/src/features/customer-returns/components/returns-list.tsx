import { Flex, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { useCurrentStoreId } from '@/lib/stores';

import {
  customerReturnStatuses,
  returnKinds,
  useCustomerReturns,
  type CustomerReturn,
  type CustomerReturnsQuery,
  type CustomerReturnStatus,
  type ReturnKind,
} from '../api/get-returns';

import { ReturnStatusTag } from './return-labels';

/** Customers' return and exchange requests of the store in use, newest first; filtered by status, kind, order and SKU. */
export function CustomerReturnsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const storeId = useCurrentStoreId() ?? undefined;
  const [query, setQuery] = useState<CustomerReturnsQuery>({ page: 1, pageSize: 20 });
  const returns = useCustomerReturns({ ...query, storeId });
  const filter = (change: Partial<CustomerReturnsQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const language = currentLanguage();

  const columns: ColumnsType<CustomerReturn> = [
    {
      title: t('customerReturns.orderNumber'),
      key: 'order',
      render: (_, r) => (
        <Flex vertical>
          <Link to={paths.service.return.getHref(r.id)}>{r.orderNumber}</Link>
          <Typography.Text type="secondary">{`${r.sku} × ${r.quantity}`}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('customerReturns.status'), key: 'status', render: (_, r) => <ReturnStatusTag status={r.status} /> },
    { title: t('customerReturns.kind'), key: 'kind', render: (_, r) => t(`customerReturns.kinds.${r.kind}`) },
    { title: t('customerReturns.reason'), key: 'reason', render: (_, r) => t(`customerReturns.reasons.${r.reason}`) },
    { title: t('customerReturns.requestedAt'), key: 'requestedAt', render: (_, r) => formatDateTime(r.requestedAt, language) },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <Input.Search
          allowClear
          aria-label={t('customerReturns.orderNumber')}
          placeholder={t('customerReturns.orderNumber')}
          style={{ width: 220 }}
          onSearch={(value) => filter({ orderNumber: value.trim() || undefined })}
        />
        <Input.Search
          allowClear
          aria-label={t('customerReturns.sku')}
          placeholder={t('customerReturns.sku')}
          style={{ width: 160 }}
          onSearch={(value) => filter({ sku: value.trim() || undefined })}
        />
        <Select
          allowClear
          aria-label={t('customerReturns.status')}
          placeholder={t('customerReturns.status')}
          style={{ width: 150 }}
          virtual={false}
          options={customerReturnStatuses.map((s) => ({ value: s, label: t(`customerReturns.statuses.${s}`) }))}
          value={query.status}
          onChange={(status?: CustomerReturnStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('customerReturns.kind')}
          placeholder={t('customerReturns.kind')}
          style={{ width: 130 }}
          virtual={false}
          options={returnKinds.map((k) => ({ value: k, label: t(`customerReturns.kinds.${k}`) }))}
          value={query.kind}
          onChange={(kind?: ReturnKind) => filter({ kind })}
        />
      </Flex>
      <PagedTable<CustomerReturn>
        result={returns}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('customerReturns.empty')}
        columns={columns}
        onRow={(r) => ({
          onClick: (event) => {
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.service.return.getHref(r.id));
          },
          style: { cursor: 'pointer' },
        })}
      />
    </Flex>
  );
}
