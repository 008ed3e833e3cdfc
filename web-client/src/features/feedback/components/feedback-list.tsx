import { Checkbox, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useCurrentStoreId } from '@/lib/stores';

import {
  departments,
  feedbackCategories,
  feedbackStatuses,
  useFeedback,
  type FeedbackCategory,
  type FeedbackItem,
  type FeedbackQuery,
  type FeedbackStatus,
} from '../api/get-feedback';

import { FeedbackActions } from './feedback-actions';
import { FeedbackStatusTag } from './feedback-labels';

/** Feedback of the store in use, newest first; the open items (captured or routed) by default. */
export function FeedbackList() {
  const { t } = useTranslation();
  const storeId = useCurrentStoreId() ?? undefined;
  const canWrite = useCan('feedback:write');
  const [query, setQuery] = useState<FeedbackQuery>({ page: 1, pageSize: 20, open: true });
  const feedback = useFeedback({ ...query, storeId });
  const filter = (change: Partial<FeedbackQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const language = currentLanguage();

  const columns: ColumnsType<FeedbackItem> = [
    {
      title: t('feedback.text'),
      key: 'text',
      render: (_, f) => (
        <Flex vertical>
          <Typography.Text>{f.text}</Typography.Text>
          <Typography.Text type="secondary">{[t(`feedback.sources.${f.source}`), f.sku].filter(Boolean).join(' · ')}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('feedback.category'), key: 'category', render: (_, f) => t(`feedback.categories.${f.category}`) },
    { title: t('feedback.status'), key: 'status', render: (_, f) => <FeedbackStatusTag status={f.status} /> },
    {
      title: t('feedback.department'),
      key: 'department',
      render: (_, f) => (
        <Flex vertical>
          <span>{[f.department, f.owner].filter(Boolean).join(' · ') || '—'}</span>
          {f.outcome ? <Typography.Text type="secondary">{f.outcome}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: t('feedback.capturedAt'), key: 'capturedAt', render: (_, f) => formatDateTime(f.capturedAt, language) },
    ...(canWrite ? [{ title: t('feedback.actions'), key: 'actions', render: (_: unknown, f: FeedbackItem) => <FeedbackActions item={f} /> }] : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <Select
          allowClear
          aria-label={t('feedback.status')}
          placeholder={t('feedback.status')}
          style={{ width: 140 }}
          virtual={false}
          options={feedbackStatuses.map((s) => ({ value: s, label: t(`feedback.statuses.${s}`) }))}
          value={query.status}
          onChange={(status?: FeedbackStatus) => filter({ status, open: status ? undefined : query.open })}
        />
        <Select
          allowClear
          aria-label={t('feedback.category')}
          placeholder={t('feedback.category')}
          style={{ width: 180 }}
          virtual={false}
          options={feedbackCategories.map((c) => ({ value: c, label: t(`feedback.categories.${c}`) }))}
          value={query.category}
          onChange={(category?: FeedbackCategory) => filter({ category })}
        />
        <Select
          allowClear
          aria-label={t('feedback.department')}
          placeholder={t('feedback.department')}
          style={{ width: 150 }}
          virtual={false}
          options={departments.map((d) => ({ value: d, label: d }))}
          value={query.department}
          onChange={(department?: string) => filter({ department })}
        />
        <Checkbox checked={!!query.open} onChange={(e) => filter({ open: e.target.checked || undefined, status: e.target.checked ? undefined : query.status })}>
          {t('feedback.openOnly')}
        </Checkbox>
      </Flex>
      <PagedTable<FeedbackItem>
        result={feedback}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('feedback.empty')}
        columns={columns}
      />
    </Flex>
  );
}
