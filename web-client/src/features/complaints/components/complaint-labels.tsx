import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { timeLeft, useNow } from '@/components/ui/time-left';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { ComplaintDeadlineState, ComplaintStatus } from '../api/get-complaints';
import type { ComplaintDetails } from '../api/get-complaint';

const statusColours: Record<ComplaintStatus, string> = {
  Registered: 'processing', Acknowledged: 'cyan', Escalated: 'purple', Resolved: 'gold', Confirmed: 'success', Reopened: 'magenta', Closed: 'default',
};

const deadlineColours: Record<ComplaintDeadlineState, string> = { Running: 'blue', Warned: 'orange', Breached: 'red', Met: 'green' };

type Clock = ComplaintDetails['escalationDeadline'];
type ClockOwner = Pick<ComplaintDetails, 'status' | 'escalationDeadline' | 'resolutionDeadline'>;

/** The escalation clock runs until the complaint is escalated or resolved; the resolution clock while it is at work (the server's rule). */
export const escalationOwed = (status: ComplaintStatus) => status === 'Registered' || status === 'Acknowledged';
export const resolutionOwed = (status: ComplaintStatus) =>
  status === 'Registered' || status === 'Acknowledged' || status === 'Escalated' || status === 'Reopened';

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`complaints.statuses.${status}`)}</Tag>;
}

/**
 * One of the complaint's clocks: its state as a coloured tag and, while it still runs for the complaint, the time left or
 * how long overdue; once stopped, whether that came before its due time.
 */
export function ComplaintClockTag({ clock, owed, label }: { clock: Clock; owed: boolean; label?: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = owed ? timeLeft(clock.dueAt, now) : null;
  const due = formatDateTime(clock.dueAt, currentLanguage());
  return (
    <Flex gap={4} align="center" wrap={false}>
      {label ? <Typography.Text type="secondary">{label}</Typography.Text> : null}
      <Tag color={deadlineColours[clock.state]}>{t(`complaints.deadlineStates.${clock.state}`)}</Tag>
      <Typography.Text type={left?.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
        {left
          ? left.overdue
            ? t('complaints.overdueBy', { span: left.text })
            : t('complaints.left', { span: left.text })
          : clock.state === 'Met'
            ? t('complaints.doneInTime', { date: due })
            : clock.state === 'Breached'
              ? t('complaints.doneLate', { date: due })
              : t('complaints.dueAt', { date: due })}
      </Typography.Text>
    </Flex>
  );
}

/** Both clocks of a complaint, each labelled: escalation to the department, then resolution. */
export function ComplaintClocks({ complaint }: { complaint: ClockOwner }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2}>
      <ComplaintClockTag clock={complaint.escalationDeadline} owed={escalationOwed(complaint.status)} label={t('complaints.escalationShort')} />
      <ComplaintClockTag clock={complaint.resolutionDeadline} owed={resolutionOwed(complaint.status)} label={t('complaints.resolutionShort')} />
    </Flex>
  );
}
