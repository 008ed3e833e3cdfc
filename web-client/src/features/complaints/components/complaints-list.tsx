import { Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { oneOf } from '@/lib/address';
import { formatDateTime } from '@/lib/format';
import { useCurrentStoreId } from '@/lib/stores';

import {
  complaintCategories,
  complaintDeadlineStates,
  complaintStatuses,
  useComplaints,
  type Complaint,
  type ComplaintCategory,
  type ComplaintDeadlineState,
  type ComplaintsQuery,
  type ComplaintStatus,
} from '../api/get-complaints';

import { ComplaintClocks, ComplaintStatusTag } from './complaint-labels';

/** The filters an address carries (where a KPI tile links: the complaints behind its figure). */
const addressFilters = (params: URLSearchParams): Partial<ComplaintsQuery> => ({
  status: oneOf(params, 'status', complaintStatuses),
  deadlineState: oneOf(params, 'deadlineState', complaintDeadlineStates),
  category: oneOf(params, 'category', complaintCategories),
});

/**
 * The complaints queue of the store in use, in the server's `urgency` order: at work first (breached, then warned, then
 * the least time left on a running clock), resolved, confirmed and closed ones last.
 */
export function ComplaintsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const storeId = useCurrentStoreId() ?? undefined;
  const [searchParams] = useSearchParams();
  const address = searchParams.toString();
  const [query, setQuery] = useState<ComplaintsQuery>(() => ({ page: 1, pageSize: 20, ...addressFilters(searchParams) }));
  const [seenAddress, setSeenAddress] = useState(address);
  if (seenAddress !== address) {
    setSeenAddress(address);
    setQuery((q) => ({ ...q, ...addressFilters(searchParams), page: 1 }));
  }
  const complaints = useComplaints({ query: { ...query, storeId } });
  const filter = (change: Partial<ComplaintsQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const language = currentLanguage();

  const columns: ColumnsType<Complaint> = [
    {
      title: t('complaints.orderNumber'),
      key: 'order',
      render: (_, c) => (
        <Flex vertical>
          <Link to={paths.service.complaint.getHref(c.id)}>{c.orderNumber}</Link>
          <Typography.Text type="secondary">{c.customer.name}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('complaints.problem'),
      key: 'problem',
      render: (_, c) => <Typography.Text ellipsis={{ tooltip: c.problem }} style={{ maxWidth: 280 }}>{c.problem}</Typography.Text>,
    },
    { title: t('complaints.timeLeft'), key: 'clocks', render: (_, c) => <ComplaintClocks complaint={c} /> },
    { title: t('complaints.status'), key: 'status', render: (_, c) => <ComplaintStatusTag status={c.status} /> },
    { title: t('complaints.category'), key: 'category', render: (_, c) => (c.category ? t(`complaints.categories.${c.category}`) : '—') },
    { title: t('complaints.receivedAt'), key: 'receivedAt', render: (_, c) => formatDateTime(c.receivedAt, language) },
  ];

  const choice = <T extends string>(label: string, values: readonly T[], texts: string, value: T | undefined, set: (v?: T) => void, width = 170) => (
    <Select
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ width }}
      options={values.map((v) => ({ value: v, label: t(`${texts}.${v}` as 'complaints.statuses.Registered') }))}
      value={value}
      virtual={false}
      onChange={(v?: T) => set(v)}
    />
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('complaints.search')} onSearch={(value) => filter({ search: value })} />
        {choice<ComplaintStatus>(t('complaints.status'), complaintStatuses, 'complaints.statuses', query.status, (status) => filter({ status }), 150)}
        {choice<ComplaintDeadlineState>(t('complaints.filterDeadline'), complaintDeadlineStates, 'complaints.deadlineStates', query.deadlineState, (deadlineState) =>
          filter({ deadlineState }),
        )}
        {choice<ComplaintCategory>(t('complaints.category'), complaintCategories, 'complaints.categories', query.category, (category) => filter({ category }), 190)}
      </Flex>
      <PagedTable<Complaint>
        result={complaints}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('complaints.empty')}
        columns={columns}
        onRow={(c) => ({
          onClick: (event) => {
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.service.complaint.getHref(c.id));
          },
          style: { cursor: 'pointer' },
        })}
      />
    </Flex>
  );
}
