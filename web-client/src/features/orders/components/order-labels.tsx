import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { timeLeft, useNow } from '@/components/ui/time-left';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { OrderDeadlineState, OrderStatus } from '../api/get-orders';

const statusColours: Record<OrderStatus, string> = {
  Received: 'default',
  OnHold: 'warning',
  Reviewed: 'processing',
  Backordered: 'volcano',
  Allocated: 'cyan',
  Shipped: 'blue',
  Exception: 'error',
  Delivered: 'success',
  Closed: 'default',
  Cancelled: 'default',
};

const deadlineColours: Record<OrderDeadlineState, string> = {
  None: 'default',
  Running: 'blue',
  Warned: 'orange',
  Breached: 'red',
  Met: 'green',
  Stopped: 'default',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`orders.statuses.${status}`)}</Tag>;
}

/**
 * A deadline as a coloured tag with, while it is still owed (running, warned, or breached and not yet done), the time left
 * or how long overdue; otherwise its due time. `done`: the work the deadline asks for is done (the order shipped).
 */
export function DeadlineTag({ state, dueAt, done = false }: { state: OrderDeadlineState; dueAt: string; done?: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const open = !done && (state === 'Running' || state === 'Warned' || state === 'Breached');
  const left = open ? timeLeft(dueAt, now) : null;
  return (
    <span>
      <Tag color={deadlineColours[state]}>{t(`orders.deadlineStates.${state}`)}</Tag>
      <Typography.Text type={left?.overdue ? 'danger' : 'secondary'} style={{ whiteSpace: 'nowrap' }}>
        {left
          ? left.overdue
            ? t('orders.overdueBy', { span: left.text })
            : t('orders.leftToShip', { span: left.text })
          : formatDateTime(dueAt, currentLanguage())}
      </Typography.Text>
    </span>
  );
}
