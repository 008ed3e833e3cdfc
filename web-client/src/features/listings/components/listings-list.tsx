import { Button, Empty, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { PeriodFilterTag } from '@/components/ui/period-filter-tag';
import { SearchBox } from '@/components/ui/search-box';
import { oneOf } from '@/lib/address';

import {
  deadlineStates,
  listingActivities,
  listingStatuses,
  useListings,
  type DeadlineState,
  type Listing,
  type ListingsQuery,
  type ListingStatus,
} from '../api/get-listings';

import { DeadlineTag, StatusTag } from './listing-labels';

const pageSizes = [10, 20, 50, 100];

type ListingSort = NonNullable<ListingsQuery['sort']>;
const sorts: readonly ListingSort[] = ['sku', '-sku', 'status', '-status', 'contentScore', '-contentScore', 'draftedAt', '-draftedAt'];

/** The value of `name` in the address when it is one of `allowed`. */
/**
 * The filters an address carries: `sku` (where an approved candidate links), and `status`, `deadlineState`,
 * `activity` with `from` / `to`, `sort` (where a KPI tile links: the listings behind its figure).
 */
const addressFilters = (params: URLSearchParams) => ({
  sku: params.get('sku')?.trim() || undefined,
  status: oneOf(params, 'status', listingStatuses),
  deadlineState: oneOf(params, 'deadlineState', deadlineStates),
  activity: oneOf(params, 'activity', listingActivities),
  from: params.get('from') || undefined,
  to: params.get('to') || undefined,
  sort: oneOf(params, 'sort', sorts),
});

/**
 * Listings, paged and filtered by the server (search in SKU and title, status, deadline state, exact SKU, what they went
 * through within a period). The address's filters (`addressFilters`) start as the list's.
 */
export function ListingsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const address = searchParams.toString();
  const [query, setQuery] = useState<ListingsQuery>(() => ({ page: 1, pageSize: 20, ...addressFilters(searchParams) }));
  const [skuText, setSkuText] = useState(query.sku ?? '');
  const listings = useListings({ query });

  // Following another link to this page with other filters in its address applies them.
  const [seenAddress, setSeenAddress] = useState(address);
  if (seenAddress !== address) {
    const filters = addressFilters(searchParams);
    setSeenAddress(address);
    setSkuText(filters.sku ?? '');
    setQuery((q) => ({ ...q, ...filters, page: 1 }));
  }

  const filter = (change: Partial<ListingsQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));

  const columns: ColumnsType<Listing> = [
    {
      title: t('listings.sku'),
      key: 'sku',
      render: (_, listing) => <Link to={paths.listing.listing.getHref(listing.id)}>{listing.sku}</Link>,
    },
    {
      title: t('listings.listingTitle'),
      key: 'title',
      render: (_, listing) =>
        listing.content.title ? (
          <Typography.Text ellipsis={{ tooltip: listing.content.title }} style={{ maxWidth: 360 }}>
            {listing.content.title}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('listings.untitled')}</Typography.Text>
        ),
    },
    { title: t('listings.status'), key: 'status', render: (_, listing) => <StatusTag status={listing.status} /> },
    { title: t('listings.score'), key: 'score', align: 'right', render: (_, listing) => listing.contentScore },
    { title: t('listings.deadline'), key: 'deadline', render: (_, listing) => <DeadlineTag listing={listing} /> },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap role="search" aria-label={t('common.filters')}>
        <SearchBox
          label={t('listings.search')}
          onSearch={(value) => filter({ search: value })}
        />
        <Select
          allowClear
          aria-label={t('listings.filterStatus')}
          placeholder={t('listings.filterStatus')}
          style={{ width: 160 }}
          options={listingStatuses.map((s) => ({ value: s, label: t(`listings.statuses.${s}`) }))}
          value={query.status ?? undefined}
          virtual={false}
          onChange={(status?: ListingStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('listings.filterDeadline')}
          placeholder={t('listings.filterDeadline')}
          style={{ width: 180 }}
          options={deadlineStates.map((s) => ({ value: s, label: t(`listings.deadlineStates.${s}`) }))}
          value={query.deadlineState ?? undefined}
          virtual={false}
          onChange={(deadlineState?: DeadlineState) => filter({ deadlineState })}
        />
        <SearchBox
          label={t('listings.filterSku')}
          width={200}
          value={skuText}
          onChange={setSkuText}
          onSearch={(value) => filter({ sku: value })}
        />
        {query.activity ? (
          <PeriodFilterTag
            activity={t(`listings.activities.${query.activity}`)}
            from={query.from}
            to={query.to}
            onClose={() => filter({ activity: undefined, from: undefined, to: undefined })}
          />
        ) : null}
      </Flex>
      {listings.isError ? (
        <ProblemAlert error={listings.error} action={<Button onClick={() => void listings.refetch()}>{t('common.retry')}</Button>} />
      ) : null}
      <ResponsiveTable<Listing>
        rowKey="id"
        columns={columns}
        dataSource={listings.data?.items ?? []}
        loading={listings.isFetching}
        locale={{ emptyText: listings.isPending ? ' ' : <Empty description={t('listings.empty')} /> }}
        onRow={(listing) => ({
          onClick: (event) => {
            // The SKU link navigates by itself.
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.listing.listing.getHref(listing.id));
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: listings.data?.totalItems ?? 0,
          showSizeChanger: true,
          pageSizeOptions: pageSizes,
          showTotal: (count) => <Typography.Text type="secondary">{t('common.total', { count })}</Typography.Text>,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })),
        }}
      />
    </Flex>
  );
}
