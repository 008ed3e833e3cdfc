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
  inquiryChannels,
  inquiryStatuses,
  inquiryTopics,
  responseDeadlineStates,
  useInquiries,
  type InquiriesQuery,
  type Inquiry,
  type InquiryChannel,
  type InquiryStatus,
  type InquiryTopic,
  type ResponseDeadlineState,
} from '../api/get-inquiries';

import { InquiryClocks, InquiryStatusTag } from './inquiry-labels';

/** The filters an address carries (where a KPI tile links: the inquiries behind its figure); open ones by default. */
const addressFilters = (params: URLSearchParams): Partial<InquiriesQuery> => ({
  status: params.size === 0 ? 'Open' : oneOf(params, 'status', inquiryStatuses),
  deadlineState: oneOf(params, 'deadlineState', responseDeadlineStates),
  channel: oneOf(params, 'channel', inquiryChannels),
  topic: oneOf(params, 'topic', inquiryTopics),
});

/**
 * The agent's inbox: breached first, then warned, then the least time left (the server's `urgency` order), answered last.
 * Opens on the open inquiries of the store in use, or on the filters of the address.
 */
export function InquiriesList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const storeId = useCurrentStoreId() ?? undefined;
  const [searchParams] = useSearchParams();
  const address = searchParams.toString();
  const [query, setQuery] = useState<InquiriesQuery>(() => ({ page: 1, pageSize: 20, ...addressFilters(searchParams) }));
  // Following another link to this page with other filters in its address applies them.
  const [seenAddress, setSeenAddress] = useState(address);
  if (seenAddress !== address) {
    setSeenAddress(address);
    setQuery((q) => ({ ...q, ...addressFilters(searchParams), page: 1 }));
  }
  const inquiries = useInquiries({ query: { ...query, storeId } });
  const filter = (change: Partial<InquiriesQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const language = currentLanguage();

  const columns: ColumnsType<Inquiry> = [
    {
      title: t('inquiries.subject'),
      key: 'subject',
      render: (_, i) => (
        <Flex vertical>
          <Link to={paths.service.inquiry.getHref(i.id)}>{i.message.subject}</Link>
          <Typography.Text type="secondary">{`${i.customer.name}${i.message.orderNumber ? ` · ${i.message.orderNumber}` : ''}`}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('inquiries.timeLeft'), key: 'clocks', render: (_, i) => <InquiryClocks inquiry={i} /> },
    { title: t('inquiries.status'), key: 'status', render: (_, i) => <InquiryStatusTag status={i.status} /> },
    { title: t('inquiries.channel'), key: 'channel', render: (_, i) => t(`inquiries.channels.${i.channel}`) },
    { title: t('inquiries.topic'), key: 'topic', render: (_, i) => t(`inquiries.topics.${i.message.topic}`) },
    { title: t('inquiries.receivedAt'), key: 'receivedAt', render: (_, i) => formatDateTime(i.receivedAt, language) },
  ];

  const choice = <T extends string>(label: string, values: readonly T[], texts: string, value: T | undefined, set: (v?: T) => void, width = 170) => (
    <Select
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ width }}
      options={values.map((v) => ({ value: v, label: t(`${texts}.${v}` as 'inquiries.statuses.Open') }))}
      value={value}
      virtual={false}
      onChange={(v?: T) => set(v)}
    />
  );

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('inquiries.search')} onSearch={(value) => filter({ search: value })} />
        {choice<InquiryStatus>(t('inquiries.status'), inquiryStatuses, 'inquiries.statuses', query.status, (status) => filter({ status }), 140)}
        {choice<ResponseDeadlineState>(t('inquiries.filterDeadline'), responseDeadlineStates, 'inquiries.deadlineStates', query.deadlineState, (deadlineState) =>
          filter({ deadlineState }),
        )}
        {choice<InquiryChannel>(t('inquiries.channel'), inquiryChannels, 'inquiries.channels', query.channel, (channel) => filter({ channel }), 190)}
        {choice<InquiryTopic>(t('inquiries.topic'), inquiryTopics, 'inquiries.topics', query.topic, (topic) => filter({ topic }), 150)}
      </Flex>
      <PagedTable<Inquiry>
        result={inquiries}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('inquiries.empty')}
        columns={columns}
        onRow={(i) => ({
          onClick: (event) => {
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.service.inquiry.getHref(i.id));
          },
          style: { cursor: 'pointer' },
        })}
      />
    </Flex>
  );
}
