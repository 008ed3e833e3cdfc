import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';

import { useStocktakeSchedule, type StocktakeScheduleRow } from '../api/get-stocktake-schedule';

import { DueStateTag, StocktakeStatusTag } from './stocktake-labels';

/** Each open warehouse's next stocktake (every `stocktakeEveryDays`), most overdue first. */
export function StocktakeSchedule() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const schedule = useStocktakeSchedule();
  return (
    <Card title={t('stocktakes.schedule')} size="small">
      {schedule.isError ? <ProblemAlert error={schedule.error} /> : null}
      <ResponsiveTable<StocktakeScheduleRow>
        rowKey="warehouseId"
        size="small"
        pagination={false}
        loading={schedule.isPending}
        dataSource={schedule.data ?? []}
        aria-label={t('stocktakes.schedule')}
        columns={[
          { title: t('stocktakes.warehouse'), key: 'warehouse', render: (_, r) => `${r.warehouseCode} · ${r.warehouseName}` },
          { title: t('stocktakes.lastApprovedOn'), key: 'last', render: (_, r) => formatDate(r.lastApprovedOn, language) ?? t('common.noValue') },
          { title: t('stocktakes.nextDueOn'), key: 'next', render: (_, r) => formatDate(r.nextDueOn, language) },
          { title: t('stocktakes.dueState'), key: 'due', render: (_, r) => <DueStateTag row={r} /> },
          {
            title: t('stocktakes.openStocktake'),
            key: 'open',
            render: (_, r) =>
              r.openStocktakeId && r.openStocktakeStatus ? (
                <Link to={paths.logistics.stocktake.getHref(r.openStocktakeId)}>
                  <StocktakeStatusTag status={r.openStocktakeStatus} />
                </Link>
              ) : (
                t('common.noValue')
              ),
          },
        ]}
      />
    </Card>
  );
}
