import { Button, Modal, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { useCan } from '@/lib/auth';

import { InboundForm } from '../components/inbound-form';
import { InventoryBoard } from '../components/inventory-board';
import { ReceiveGoodsForm } from '../components/receive-goods-form';
import { ReplenishmentTable } from '../components/replenishment-table';

/** The inventory board: stock with its alerts, replenishment suggestions, and (for logistics) receiving goods and announcing inbound. */
export function InventoryRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('inventory:write');
  const [dialog, setDialog] = useState<'receive' | 'inbound' | null>(null);
  const close = () => setDialog(null);

  return (
    <Page
      title={t('inventory.title')}
      actions={
        canWrite ? (
          <>
            <Button onClick={() => setDialog('inbound')}>{t('inventory.announceInbound')}</Button>
            <Button type="primary" onClick={() => setDialog('receive')}>
              {t('inventory.receiveGoods')}
            </Button>
          </>
        ) : null
      }
    >
      <Tabs
        items={[
          { key: 'stock', label: t('inventory.stockTab'), children: <InventoryBoard /> },
          { key: 'replenishment', label: t('inventory.replenishmentTab'), children: <ReplenishmentTable /> },
        ]}
      />
      <Modal open={dialog === 'receive'} title={t('inventory.receiveGoodsTitle')} footer={null} onCancel={close} destroyOnHidden width={640}>
        <ReceiveGoodsForm
          onCancel={close}
          onRecorded={(receipt) => {
            close();
            notify.success(t('inventory.received', { sku: receipt.sku, accepted: receipt.quantityAccepted }));
          }}
        />
      </Modal>
      <Modal open={dialog === 'inbound'} title={t('inventory.announceInboundTitle')} footer={null} onCancel={close} destroyOnHidden>
        <InboundForm
          onCancel={close}
          onAnnounced={(row) => {
            close();
            notify.success(t('inventory.inboundAnnounced', { sku: row.sku, quantity: row.inbound }));
          }}
        />
      </Modal>
    </Page>
  );
}
