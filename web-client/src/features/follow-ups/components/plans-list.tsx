import { Flex, Input, Progress } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { SearchBox } from '@/components/ui/search-box';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatNumber } from '@/lib/format';

import { usePlans, type FollowUpPlan, type PlansQuery } from '../api/get-plans';

/** Monthly follow-up plans, the latest month first: each agent's target, how much is done and the customers' average satisfaction. */
export function PlansList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState<PlansQuery>({ page: 1, pageSize: 20 });
  const plans = usePlans(query);
  const filter = (change: Partial<PlansQuery>) => setQuery((q) => ({ ...q, ...change, page: 1 }));
  const language = currentLanguage();

  const columns: ColumnsType<FollowUpPlan> = [
    { title: t('followUps.month'), key: 'month', render: (_, p) => <Link to={paths.service.followUpPlan.getHref(p.id)}>{p.month}</Link> },
    { title: t('followUps.agent'), key: 'agent', render: (_, p) => p.agent },
    { title: t('followUps.progress'), key: 'done', render: (_, p) => t('followUps.doneOf', { done: p.done, target: p.targetCustomers }) },
    {
      title: t('followUps.completion'),
      key: 'completion',
      render: (_, p) => <Progress percent={p.completionPercent} size="small" style={{ width: 140 }} format={(v) => `${formatNumber(v ?? 0, language, 1)} %`} />,
    },
    {
      title: t('followUps.averageSatisfaction'),
      key: 'satisfaction',
      render: (_, p) => (p.averageSatisfaction === null || p.averageSatisfaction === undefined ? '—' : `${formatNumber(p.averageSatisfaction, language, 1)} / 5`),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center" role="search" aria-label={t('common.filters')}>
        <Input.Search
          allowClear
          aria-label={t('followUps.month')}
          placeholder={t('followUps.monthPlaceholder')}
          style={{ width: 180 }}
          onSearch={(value) => filter({ month: value.trim() || undefined })}
        />
        <SearchBox label={t('followUps.agent')} onSearch={(agent) => filter({ agent })} width={240} />
      </Flex>
      <PagedTable<FollowUpPlan>
        result={plans}
        paging={query}
        onPaging={(paging) => setQuery((q) => ({ ...q, ...paging }))}
        emptyText={t('followUps.empty')}
        columns={columns}
        onRow={(p) => ({
          onClick: (event) => {
            if (!(event.target instanceof HTMLElement && event.target.closest('a'))) void navigate(paths.service.followUpPlan.getHref(p.id));
          },
          style: { cursor: 'pointer' },
        })}
      />
    </Flex>
  );
}
