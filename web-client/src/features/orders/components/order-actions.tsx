import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCan } from '@/lib/auth';

import type { OrderDetails } from '../api/get-order';
import { useAllocateOrder, useCancelOrder, useReviewOrder } from '../api/order-actions';

import { ExceptionDialog, ShipDialog, TrackingDialog } from './order-dialogs';

type Dialog = 'ship' | 'tracking' | 'exception' | 'cancel' | null;

/**
 * The actions the order's status allows, for people who may fulfil orders. Review and allocate answer at once (a refusal
 * goes to `onRefused`, shown on the page); ship, tracking, exception and cancel open a dialog that shows its own refusal.
 */
export function OrderActions({ order, onRefused }: { order: OrderDetails; onRefused: (error: unknown) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('orders:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const review = useReviewOrder({ mutationConfig: { onSuccess: (o) => notify.success(t(`orders.statuses.${o.status}`)), onError: onRefused } });
  const allocate = useAllocateOrder({ mutationConfig: { onSuccess: (o) => notify.success(t(`orders.statuses.${o.status}`)), onError: onRefused } });
  const cancel = useCancelOrder();
  if (!canWrite) return null;

  const { status } = order;
  const before = () => onRefused(null);
  const beforeShipment = ['Received', 'OnHold', 'Reviewed', 'Backordered', 'Allocated'].includes(status);
  return (
    <>
      {status === 'Received' || status === 'OnHold' ? (
        <Button type="primary" loading={review.isPending} onClick={() => { before(); review.mutate({ id: order.id, version: order.version }); }}>
          {t('orders.actions.review')}
        </Button>
      ) : null}
      {status === 'Reviewed' || status === 'Backordered' ? (
        <Button type="primary" loading={allocate.isPending} onClick={() => { before(); allocate.mutate({ id: order.id, version: order.version, body: {} }); }}>
          {t('orders.actions.allocate')}
        </Button>
      ) : null}
      {status === 'Allocated' ? (
        <Button type="primary" onClick={() => setDialog('ship')}>
          {t('orders.actions.ship')}
        </Button>
      ) : null}
      {(status === 'Shipped' || status === 'Exception') && !order.deliveredAt ? (
        <Button onClick={() => setDialog('tracking')}>{t('orders.actions.tracking')}</Button>
      ) : null}
      {order.shipment && status !== 'Cancelled' && status !== 'Closed' ? (
        <Button danger onClick={() => setDialog('exception')}>
          {t('orders.actions.exception')}
        </Button>
      ) : null}
      {beforeShipment ? (
        <Button danger onClick={() => setDialog('cancel')}>
          {t('orders.actions.cancel')}
        </Button>
      ) : null}
      {dialog === 'ship' ? <ShipDialog order={order} onClose={() => setDialog(null)} /> : null}
      {dialog === 'tracking' ? <TrackingDialog order={order} onClose={() => setDialog(null)} /> : null}
      {dialog === 'exception' ? <ExceptionDialog order={order} onClose={() => setDialog(null)} /> : null}
      {dialog === 'cancel' ? (
        <ReasonDialog
          title={t('orders.cancelTitle', { number: order.orderNumber })}
          okText={t('orders.actions.cancel')}
          danger
          submit={(reason) => cancel.mutateAsync({ id: order.id, version: order.version, reason }).then(() => { notify.success(t('orders.cancelled')); setDialog(null); })}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
