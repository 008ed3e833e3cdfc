import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { timeLeft, useNow } from '@/components/ui/time-left';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { InquiryStatus, ResponseDeadlineState } from '../api/get-inquiries';
import type { InquiryDetails } from '../api/get-inquiry';

const statusColours: Record<InquiryStatus, string> = { Open: 'processing', Responded: 'cyan', Resolved: 'success', Closed: 'default' };

const deadlineColours: Record<ResponseDeadlineState, string> = { Running: 'blue', Warned: 'orange', Breached: 'red', Met: 'green' };

type Clock = NonNullable<InquiryDetails['amazonDeadline']>;

export function InquiryStatusTag({ status }: { status: InquiryStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`inquiries.statuses.${status}`)}</Tag>;
}

/**
 * One response clock: its state as a coloured tag and, while it is still owed, the time left or how long overdue; once
 * answered, whether the answer came before its due time. `label`: which clock (ours or Amazon's) when both are shown.
 */
export function ClockTag({ clock, owed, label }: { clock: Clock; owed: boolean; label?: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = owed ? timeLeft(clock.dueAt, now) : null;
  return (
    <Flex gap={4} align="center" wrap={false}>
      {label ? <Typography.Text type="secondary">{label}</Typography.Text> : null}
      <Tag color={deadlineColours[clock.state]}>{t(`inquiries.deadlineStates.${clock.state}`)}</Tag>
      <Typography.Text type={left?.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
        {left
          ? left.overdue
            ? t('inquiries.overdueBy', { span: left.text })
            : t('inquiries.left', { span: left.text })
          : clock.respondedInTime === true || clock.respondedInTime === false
            ? t(clock.respondedInTime ? 'inquiries.answeredInTime' : 'inquiries.answeredLate', { date: formatDateTime(clock.dueAt, currentLanguage()) })
            : t('inquiries.dueAt', { date: formatDateTime(clock.dueAt, currentLanguage()) })}
      </Typography.Text>
    </Flex>
  );
}

/** Both clocks of an inquiry, ours first; Amazon's only on an Amazon buyer message. */
export function InquiryClocks({ inquiry }: { inquiry: Pick<InquiryDetails, 'status' | 'ourDeadline' | 'amazonDeadline'> }) {
  const { t } = useTranslation();
  const owed = inquiry.status === 'Open';
  return (
    <Flex vertical gap={2}>
      <ClockTag clock={inquiry.ourDeadline} owed={owed} label={inquiry.amazonDeadline ? t('inquiries.ours') : undefined} />
      {inquiry.amazonDeadline ? <ClockTag clock={inquiry.amazonDeadline} owed={owed} label={t('inquiries.amazon')} /> : null}
    </Flex>
  );
}
