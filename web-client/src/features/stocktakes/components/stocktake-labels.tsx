import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { StocktakeScheduleRow } from '../api/get-stocktake-schedule';
import type { StocktakeStatus } from '../api/get-stocktakes';

const statusColours: Record<StocktakeStatus, string> = { Planned: 'default', Counting: 'processing', Submitted: 'warning', Approved: 'success' };
const dueColours: Record<StocktakeScheduleRow['dueState'], string> = { NotDue: 'green', Due: 'orange', Overdue: 'red' };

export function StocktakeStatusTag({ status }: { status: StocktakeStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`stocktakes.statuses.${status}`)}</Tag>;
}

export function DueStateTag({ row }: { row: Pick<StocktakeScheduleRow, 'dueState' | 'daysOverdue'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={dueColours[row.dueState]}>
      {row.dueState === 'Overdue' ? t('stocktakes.overdueBy', { count: row.daysOverdue }) : t(`stocktakes.dueStates.${row.dueState}`)}
    </Tag>
  );
}
