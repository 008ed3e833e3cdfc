import { Flex, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { answerCategories, answerStatuses, useAnswers, type AnswerCategory, type AnswersQuery, type AnswerStatus, type StandardAnswer } from '../api/get-answers';

import { AnswerStatusTag } from './answer-labels';

/** The library by question, filtered by status and category, searched in the question and both texts. */
export function AnswersList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<AnswersQuery>({ page: 1, pageSize: 20 });
  const answers = useAnswers(query);
  const filter = (change: Partial<AnswersQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const language = currentLanguage();

  const columns: ColumnsType<StandardAnswer> = [
    { title: t('answers.question'), key: 'question', render: (_, a) => <Link to={paths.service.answer.getHref(a.id)}>{a.question}</Link> },
    {
      title: t('answers.status'),
      key: 'status',
      render: (_, a) => (
        <Flex gap={4} wrap>
          <AnswerStatusTag status={a.status} />
          {a.pendingDraft ? <Tag color="gold">{t('answers.pendingTag', { version: a.pendingDraft.answerVersion })}</Tag> : null}
        </Flex>
      ),
    },
    { title: t('answers.category'), key: 'category', render: (_, a) => t(`answers.categories.${a.category}`) },
    { title: t('answers.answerVersion'), key: 'version', render: (_, a) => a.answerVersion },
    { title: t('answers.changedAt'), key: 'changedAt', render: (_, a) => formatDateTime(a.changedAt, language) },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <SearchBox label={t('answers.search')} onSearch={(value) => filter({ search: value || undefined })} />
        <Select
          allowClear
          aria-label={t('answers.status')}
          placeholder={t('answers.status')}
          style={{ width: 140 }}
          virtual={false}
          options={answerStatuses.map((s) => ({ value: s, label: t(`answers.statuses.${s}`) }))}
          value={query.status}
          onChange={(status?: AnswerStatus) => filter({ status })}
        />
        <Select
          allowClear
          aria-label={t('answers.category')}
          placeholder={t('answers.category')}
          style={{ width: 160 }}
          virtual={false}
          options={answerCategories.map((c) => ({ value: c, label: t(`answers.categories.${c}`) }))}
          value={query.category}
          onChange={(category?: AnswerCategory) => filter({ category })}
        />
      </Flex>
      <PagedTable<StandardAnswer>
        result={answers}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('answers.empty')}
        columns={columns}
        onRow={(a) => ({
          onClick: (event) => {
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.service.answer.getHref(a.id));
          },
          style: { cursor: 'pointer' },
        })}
      />
    </Flex>
  );
}
