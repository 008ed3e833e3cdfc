import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { timeLeft, useNow } from '@/components/ui/time-left';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { CollaborationDeadlineState, CollaborationRequest, CollaborationStatus } from '../api/get-board';

const statusColours: Record<CollaborationStatus, string> = {
  Raised: 'processing', Approved: 'cyan', InProgress: 'purple', Reopened: 'magenta', Resolved: 'gold', Confirmed: 'success', Declined: 'default',
};

const deadlineColours: Record<CollaborationDeadlineState, string> = { Running: 'blue', Warned: 'orange', Breached: 'red', Met: 'green' };

export function CollaborationStatusTag({ status }: { status: CollaborationStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`collaboration.statuses.${status}`)}</Tag>;
}

/**
 * The request's response clock (a manager's first answer): its state and, while the request still waits for that answer,
 * the time left or how long overdue; once answered, whether the answer came in time.
 */
export function ResponseClockTag({ request }: { request: Pick<CollaborationRequest, 'status' | 'responseDeadline'> }) {
  const { t } = useTranslation();
  const now = useNow();
  const clock = request.responseDeadline;
  const left = request.status === 'Raised' ? timeLeft(clock.dueAt, now) : null;
  const due = formatDateTime(clock.dueAt, currentLanguage());
  return (
    <Flex gap={4} align="center" wrap>
      <Tag color={deadlineColours[clock.state]}>{t(`collaboration.deadlineStates.${clock.state}`)}</Tag>
      <Typography.Text type={left?.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
        {left
          ? left.overdue
            ? t('collaboration.overdueBy', { span: left.text })
            : t('collaboration.left', { span: left.text })
          : clock.state === 'Met'
            ? t('collaboration.answeredInTime', { date: due })
            : clock.state === 'Breached'
              ? t('collaboration.answeredLate', { date: due })
              : t('collaboration.dueAt', { date: due })}
      </Typography.Text>
    </Flex>
  );
}

/** Who asked whom: the raising department, then the helping one (or the one asked for, until a manager assigns). */
export function departmentsOf(request: Pick<CollaborationRequest, 'raisingDepartment' | 'requestedDepartment' | 'helpingDepartment'>): string {
  const helping = request.helpingDepartment ?? request.requestedDepartment;
  return helping ? `${request.raisingDepartment} → ${helping}` : request.raisingDepartment;
}
