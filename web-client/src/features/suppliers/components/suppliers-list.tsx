import { WarningOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { CountrySelect } from '@/components/ui/country-select';
import { PeriodFilterTag } from '@/components/ui/period-filter-tag';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { countryName } from '@/lib/iso-codes';
import { SearchBox } from '@/components/ui/search-box';
import { oneOf } from '@/lib/address';

import {
  supplierActivities,
  supplierGrades,
  supplierStatuses,
  useSuppliers,
  type Supplier,
  type SupplierGrade,
  type SupplierStatus,
  type SuppliersQuery,
} from '../api/get-suppliers';

import { formatScore } from './format';
import { GradeTag, StatusTag } from './tags';

const pageSizes = [10, 20, 50, 100];

/** The list's sortable columns: the server's sort values (its document's enum) without the descending ones. */
type SortField = Exclude<NonNullable<SuppliersQuery['sort']>, `-${string}`>;
const sortFields: readonly SortField[] = ['name', 'grade', 'weightedScore', 'registeredAt'];
const isSortField = (key: unknown): key is SortField => sortFields.includes(key as SortField);

/** `-grade` → the column and AntD's order for it. */
const sortOrderOf = (sort: string | undefined, field: SortField) =>
  sort === field ? ('ascend' as const) : sort === `-${field}` ? ('descend' as const) : null;

/** Expiring and expired documents of a supplier, as a marker (red when one has expired). */
function DocumentWarningMarker({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const flagged = supplier.documents.filter((d) => d.status !== 'Valid');
  if (flagged.length === 0) return null;
  const text = t('suppliers.expiringDocuments', { count: flagged.length });
  return (
    <Tooltip title={text}>
      <Tag color={flagged.some((d) => d.status === 'Expired') ? 'red' : 'orange'} icon={<WarningOutlined />} role="img" aria-label={text}>
        {formatNumber(flagged.length, currentLanguage())}
      </Tag>
    </Tooltip>
  );
}

/** The value of `name` in the address when it is one of `allowed`. */
/** The filters an address carries (where a KPI tile links: the suppliers behind its figure). */
const addressFilters = (params: URLSearchParams) => ({
  grade: oneOf(params, 'grade', supplierGrades),
  status: oneOf(params, 'status', supplierStatuses),
  country: params.get('country')?.trim().toUpperCase() || undefined,
  activity: oneOf(params, 'activity', supplierActivities),
  from: params.get('from') || undefined,
  to: params.get('to') || undefined,
});

/**
 * Suppliers, paged and filtered by the server (name search, status, grade, country, what they went through within a
 * period). The address's filters (`addressFilters`) start as the list's.
 */
export function SuppliersList() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [searchParams] = useSearchParams();
  const address = searchParams.toString();
  const [query, setQuery] = useState<SuppliersQuery>(() => ({ page: 1, pageSize: 20, ...addressFilters(searchParams) }));
  const suppliers = useSuppliers({ query });

  // Following another link to this page with other filters in its address applies them.
  const [seenAddress, setSeenAddress] = useState(address);
  if (seenAddress !== address) {
    setSeenAddress(address);
    setQuery((q) => ({ ...q, ...addressFilters(searchParams), page: 1 }));
  }

  const filter = (change: Partial<SuppliersQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<Supplier> = [
    {
      title: t('suppliers.name'),
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'name'),
      render: (_, s) => <Link to={paths.selection.supplier.getHref(s.id)}>{s.name}</Link>,
    },
    { title: t('suppliers.country'), key: 'country', render: (_, s) => countryName(s.country, language) },
    { title: t('suppliers.status'), key: 'status', render: (_, s) => <StatusTag status={s.status} /> },
    { title: t('suppliers.grade'), key: 'grade', sorter: true, sortOrder: sortOrderOf(query.sort, 'grade'), render: (_, s) => <GradeTag grade={s.grade} /> },
    {
      title: t('suppliers.lastScore'),
      key: 'weightedScore',
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf(query.sort, 'weightedScore'),
      render: (_, s) => formatScore(s.latestEvaluation?.weightedScore ?? s.weightedScore, language) ?? t('common.noValue'),
    },
    {
      title: t('suppliers.documents'),
      key: 'documents',
      // Nothing at all when every document is valid (a phone's card then leaves the line out).
      render: (_, s) => (s.documents.some((d) => d.status !== 'Valid') ? <DocumentWarningMarker supplier={s} /> : null),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox
          label={t('suppliers.searchName')}
          width={240}
          onSearch={(value) => filter({ search: value })}
        />
        <Select
          allowClear
          aria-label={t('suppliers.filterStatus')}
          placeholder={t('suppliers.filterStatus')}
          style={{ width: 200 }}
          virtual={false}
          options={supplierStatuses.map((s) => ({ value: s, label: t(`suppliers.statuses.${s}`) }))}
          value={query.status ?? undefined}
          onChange={(status?: SupplierStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('suppliers.filterGrade')}
          placeholder={t('suppliers.filterGrade')}
          style={{ width: 140 }}
          virtual={false}
          options={supplierGrades.map((g) => ({ value: g, label: t('suppliers.gradeTag', { grade: g }) }))}
          value={query.grade ?? undefined}
          onChange={(grade?: SupplierGrade) => filter({ grade })}
        />
        <CountrySelect
          allowClear
          aria-label={t('suppliers.filterCountry')}
          placeholder={t('suppliers.countryPlaceholder')}
          style={{ width: 240 }}
          value={query.country ?? undefined}
          onChange={(country?: string) => filter({ country })}
        />
        {query.activity ? (
          <PeriodFilterTag
            activity={t(`suppliers.activities.${query.activity}`)}
            from={query.from}
            to={query.to}
            onClose={() => filter({ activity: undefined, from: undefined, to: undefined })}
          />
        ) : null}
      </Flex>
      {suppliers.isError ? (
        <ProblemAlert error={suppliers.error} action={<Button onClick={() => void suppliers.refetch()}>{t('common.retry')}</Button>} />
      ) : null}
      <ResponsiveTable<Supplier>
        rowKey="id"
        columns={columns}
        dataSource={suppliers.data?.items ?? []}
        loading={suppliers.isFetching}
        locale={{ emptyText: suppliers.isPending ? ' ' : <Empty description={t('suppliers.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: suppliers.data?.totalItems ?? 0,
          showSizeChanger: true,
          pageSizeOptions: pageSizes,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
        }}
        onChange={(pagination, _filters, sorter, { action }) => {
          if (action === 'sort') {
            const { columnKey, order } = (Array.isArray(sorter) ? sorter[0] : sorter) ?? ({} as SorterResult<Supplier>);
            const sort = isSortField(columnKey) && order ? (order === 'descend' ? (`-${columnKey}` as const) : columnKey) : undefined;
            setQuery((q) => ({ ...q, sort, page: 1 }));
          } else {
            const { current = 1, pageSize = 20 } = pagination;
            setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? current : 1, pageSize }));
          }
        }}
      />
    </Flex>
  );
}
