import { Alert, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime, formatMoney } from '@/lib/format';

import { useOrder } from '../api/get-order';
import { useOrderHistory } from '../api/get-order-history';
import { OrderActions } from '../components/order-actions';
import { DeadlineTag, OrderStatusTag } from '../components/order-labels';

/** One order: status and deadlines, why it is held, its shipment and exceptions, the actions its status allows, and its timeline. */
export function OrderRoute() {
  const { t } = useTranslation();
  const { orderId = '' } = useParams();
  const order = useOrder(orderId);
  const history = useOrderHistory(orderId);
  const [refusal, setRefusal] = useState<unknown>(null);
  const language = currentLanguage();

  if (order.isPending) return <Loading />;
  if (order.isError)
    return (
      <RecordLoadFailure query={order} title={t('orders.detail')} notFound={t('orders.notFound')} backTo={paths.logistics.orders.getHref()} backLabel={t('orders.backToList')} />
    );

  const o = order.data;
  return (
    <Page title={t('orders.detailTitle', { number: o.orderNumber })} actions={<OrderActions order={o} onRefused={setRefusal} />}>
      <Flex vertical gap={16}>
        {refusal ? <ProblemAlert error={refusal} /> : null}
        {o.holdReasons.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={t('orders.heldBecause')}
            description={
              <ul style={{ margin: 0 }}>
                {o.holdReasons.map((r) => (
                  <li key={`${r.code}-${r.sku ?? ''}`}>
                    {t(`orders.holdReasons.${r.code.replace('order.', '')}`, { defaultValue: r.code })}
                    {r.sku ? ` (${r.sku})` : ''}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {o.status === 'Backordered' ? (
          <Alert type="info" showIcon message={t('orders.backordered', { skus: o.backorderedSkus.join(', '), date: o.expectedShipOn ?? '—' })} />
        ) : null}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('orders.status')}><OrderStatusTag status={o.status} /></Descriptions.Item>
          <Descriptions.Item label={t('orders.marketplace')}>{o.marketplace}</Descriptions.Item>
          <Descriptions.Item label={t('orders.shipBy')}><DeadlineTag state={o.shipDeadlineState} dueAt={o.shipBy} done={!!o.shipment || o.status === 'Cancelled'} /></Descriptions.Item>
          <Descriptions.Item label={t('orders.reviewBy')}><DeadlineTag state={o.reviewDeadlineState} dueAt={o.reviewDueAt} done={!!o.reviewedAt || o.status === 'Cancelled'} /></Descriptions.Item>
          <Descriptions.Item label={t('orders.buyerName')}>{o.buyer.name || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('orders.address')}>
            {[o.buyer.address.line1, o.buyer.address.city, o.buyer.address.postalCode, o.buyer.address.country].filter(Boolean).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('orders.payment')}>{t(`orders.payments.${o.payment}`)}</Descriptions.Item>
          <Descriptions.Item label={t('orders.receivedAt')}>{formatDateTime(o.receivedAt, language)}</Descriptions.Item>
          {o.shipment ? (
            <>
              <Descriptions.Item label={t('orders.carrier')}>{`${o.shipment.carrier} · ${o.shipment.trackingNumber}`}</Descriptions.Item>
              <Descriptions.Item label={t('orders.shippedAt')}>
                {formatDateTime(o.shipment.shippedAt, language)}{' '}
                {o.shippedOnTime === false ? <Tag color="red">{t('orders.late')}</Tag> : <Tag color="green">{t('orders.onTime')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('orders.shippingCost')}>{formatMoney(o.shipment.shippingCost, language, 4) ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('orders.lastTracking')}>
                {o.lastTracking ? `${o.lastTracking.status}${o.lastTracking.location ? ` · ${o.lastTracking.location}` : ''}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('orders.trackingDue')}>
                {o.trackingDueAt ? formatDateTime(o.trackingDueAt, language) : '—'}
                {o.trackingUpdatesMissed > 0 ? <Tag color="red" style={{ marginLeft: 8 }}>{t('orders.missed', { count: o.trackingUpdatesMissed })}</Tag> : null}
              </Descriptions.Item>
            </>
          ) : null}
        </Descriptions>
        <List
          size="small"
          header={<Typography.Text strong>{t('orders.lines')}</Typography.Text>}
          footer={<Typography.Text strong>{`${t('orders.orderTotal')}: ${formatMoney(o.total, language, 4)}`}</Typography.Text>}
          dataSource={o.lines}
          renderItem={(l) => <List.Item>{`${l.sku} × ${l.quantity} @ ${formatMoney(l.unitPrice, language, 4)}`}</List.Item>}
        />
        {o.exceptions.length > 0 ? (
          <List
            size="small"
            header={<Typography.Text strong>{t('orders.exceptions')}</Typography.Text>}
            dataSource={o.exceptions}
            renderItem={(x) => (
              <List.Item>
                <Tag color="red">{t(`orders.exceptionKinds.${x.kind}`)}</Tag> {x.description}{' '}
                <Typography.Text type={x.contactBreachedAt ? 'danger' : 'secondary'}>
                  {x.carrierContactedAt
                    ? t('orders.carrierContacted')
                    : t('orders.contactCarrierBy', { date: formatDateTime(x.contactCarrierBy, language) })}
                </Typography.Text>
              </List.Item>
            )}
          />
        ) : null}
        <HistorySection title={t('orders.timeline')} history={history} />
      </Flex>
    </Page>
  );
}
