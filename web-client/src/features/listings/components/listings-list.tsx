import { Button, Empty, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { SearchBox } from '@/components/ui/search-box';

import {
  deadlineStates,
  listingStatuses,
  useListings,
  type DeadlineState,
  type Listing,
  type ListingsQuery,
  type ListingStatus,
} from '../api/get-listings';

import { DeadlineTag, StatusTag } from './listing-labels';

const pageSizes = [10, 20, 50, 100];

/**
 * Listings, paged and filtered by the server (search in SKU and title, status, deadline state, exact SKU). An `sku`
 * in the address (`/listing/listings?sku=ABC`, where an approved candidate links) starts as the SKU filter.
 */
export function ListingsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const skuParam = searchParams.get('sku')?.trim() || undefined;
  const [query, setQuery] = useState<ListingsQuery>({ page: 1, pageSize: 20, sku: skuParam });
  const [skuText, setSkuText] = useState(skuParam ?? '');
  const listings = useListings({ query });

  // Following another link to this page with a different ?sku= applies it too.
  const [seenSkuParam, setSeenSkuParam] = useState(skuParam);
  if (seenSkuParam !== skuParam) {
    setSeenSkuParam(skuParam);
    setSkuText(skuParam ?? '');
    setQuery((q) => ({ ...q, sku: skuParam, page: 1 }));
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
