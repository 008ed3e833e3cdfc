import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { OrdersList } from '../components/orders-list';
import { ReceiveOrderForm } from '../components/receive-order-form';

/** The order queue, least time left to ship first, and receiving an order by hand. */
export function OrdersRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('orders:write');
  const [receiving, setReceiving] = useState(false);

  return (
    <Page
      title={t('orders.title')}
      actions={
        canWrite ? (
          <>
            <Button onClick={() => void navigate(paths.logistics.orderImports.getHref())}>{t('orders.imports.open')}</Button>
            <Button type="primary" onClick={() => setReceiving(true)}>
              {t('orders.receive')}
            </Button>
          </>
        ) : (
          <Link to={paths.logistics.orderImports.getHref()}>{t('orders.imports.past')}</Link>
        )
      }
    >
      <OrdersList />
      <Modal open={receiving} title={t('orders.receiveTitle')} footer={null} onCancel={() => setReceiving(false)} destroyOnHidden>
        <ReceiveOrderForm
          onCancel={() => setReceiving(false)}
          onReceived={(order) => {
            setReceiving(false);
            notify.success(t('orders.received', { number: order.orderNumber }));
            void navigate(paths.logistics.order.getHref(order.id));
          }}
        />
      </Modal>
    </Page>
  );
}
