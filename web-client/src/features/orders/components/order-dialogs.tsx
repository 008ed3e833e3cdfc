import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { OrderDetails } from '../api/get-order';
import { useRaiseException, useShipOrder, useTrackOrder } from '../api/order-actions';

/** A local date-time input's value for an instant ("2030-11-04T09:00"), and back. */
const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
/**
 * The input holds minutes only: the current minute means now (to the millisecond), so an order shipped or tracked in the
 * minute it was received (or shipped) is not sent as earlier than that.
 */
const instant = (value: string) => {
  const now = new Date();
  return value === localInput(now) ? now.toISOString() : new Date(value).toISOString();
};

/**
 * A modal form whose refusal stays shown in it, where it happened: a 400's field errors on their fields (`fields`, the
 * request's field names), a 409 rule and anything under no field above the form.
 */
function FormDialog<V extends object>({
  title, okText, initialValues, fields, submit, onClose, children,
}: {
  title: string; okText: string; initialValues: Partial<V>; fields: readonly (keyof V & string | `${keyof V & string}.${string}`)[];
  submit: (values: V) => Promise<unknown>;
  onClose: () => void; children: ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const send = async (values: V) => {
    setError(null);
    setSending(true);
    try {
      await submit(values);
      onClose();
    } catch (e) {
      const other = applyFieldErrors(form, e, fields);
      setOtherErrors(other);
      if (!problemOf(e).errors || other.length > 0) setError(e);
    } finally {
      setSending(false);
    }
  };
  return (
    <Modal open title={title} okText={okText} confirmLoading={sending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {error ? <ProblemAlert error={error} extra={otherErrors} /> : null}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void send(values)}>
        {children}
      </Form>
    </Modal>
  );
}

type ShipValues = {
  channelId: string; carrier: string; trackingNumber: string; shippedAt: string; shippingCost?: { amount?: number | null; currency?: string };
  promisedDeliveryBy?: string;
};

/** Ship: channel, carrier, tracking number and ship date (not later than now); cost and promised delivery when known. */
export function ShipDialog({ order, onClose }: { order: OrderDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const ship = useShipOrder({ mutationConfig: { onSuccess: () => notify.success(t('orders.shipped')) } });
  return (
    <FormDialog<ShipValues>
      title={t('orders.shipTitle', { number: order.orderNumber })}
      okText={t('orders.actions.ship')}
      initialValues={{ shippedAt: localInput(new Date()), shippingCost: { currency: order.total.currency } }}
      fields={['channelId', 'carrier', 'trackingNumber', 'shippedAt', 'shippingCost.amount', 'shippingCost.currency', 'promisedDeliveryBy']}
      onClose={onClose}
      submit={(v) =>
        ship.mutateAsync({
          id: order.id,
          version: order.version,
          body: {
            channelId: v.channelId.trim(), carrier: v.carrier, trackingNumber: v.trackingNumber, shippedAt: instant(v.shippedAt),
            // A cost is sent only when given, with its currency (the order's unless changed).
            shippingCost: v.shippingCost?.amount == null ? null : { amount: v.shippingCost.amount, currency: v.shippingCost.currency ?? '' },
            promisedDeliveryBy: v.promisedDeliveryBy ? instant(v.promisedDeliveryBy) : null,
          },
        })
      }
    >
      <Form.Item name="channelId" label={t('orders.channel')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="carrier" label={t('orders.carrier')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="trackingNumber" label={t('orders.trackingNumber')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="shippedAt" label={t('orders.shippedAt')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item name={['shippingCost', 'amount']} label={t('orders.shippingCost')}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name={['shippingCost', 'currency']} label={t('orders.currency')}>
        <Input maxLength={3} />
      </Form.Item>
      <Form.Item name="promisedDeliveryBy" label={t('orders.promisedDeliveryBy')}>
        <Input type="datetime-local" />
      </Form.Item>
    </FormDialog>
  );
}

type TrackingValues = { status: string; location?: string; at: string; delivered?: boolean; damaged?: boolean };

/** A tracking update (restarts the tracking clock); marked delivered, it delivers the order. */
export function TrackingDialog({ order, onClose }: { order: OrderDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const track = useTrackOrder({ mutationConfig: { onSuccess: () => notify.success(t('orders.tracked')) } });
  return (
    <FormDialog<TrackingValues>
      title={t('orders.trackingTitle', { number: order.orderNumber })}
      okText={t('orders.save')}
      initialValues={{ at: localInput(new Date()), delivered: false, damaged: false }}
      fields={['status', 'location', 'at', 'delivered', 'damaged']}
      onClose={onClose}
      submit={(v) =>
        track.mutateAsync({
          id: order.id,
          version: order.version,
          body: { status: v.status, location: v.location ?? null, at: instant(v.at), delivered: !!v.delivered, damaged: !!v.delivered && !!v.damaged },
        })
      }
    >
      <Form.Item name="status" label={t('orders.trackingStatus')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="location" label={t('orders.location')}>
        <Input />
      </Form.Item>
      <Form.Item name="at" label={t('orders.at')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item name="delivered" valuePropName="checked">
        <Checkbox>{t('orders.delivered')}</Checkbox>
      </Form.Item>
      <Form.Item name="damaged" valuePropName="checked">
        <Checkbox>{t('orders.damaged')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}

const exceptionKinds = ['Delay', 'Lost', 'Damaged', 'AddressProblem'] as const;
type ExceptionValues = { kind: (typeof exceptionKinds)[number]; description: string };

/** A shipment exception: service informs the buyer; the carrier must be contacted within the hours the settings give. */
export function ExceptionDialog({ order, onClose }: { order: OrderDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const raise = useRaiseException({ mutationConfig: { onSuccess: () => notify.success(t('orders.exceptionRaised')) } });
  return (
    <FormDialog<ExceptionValues>
      title={t('orders.exceptionTitle', { number: order.orderNumber })}
      okText={t('orders.actions.exception')}
      initialValues={{}}
      fields={['kind', 'description']}
      onClose={onClose}
      submit={(v) => raise.mutateAsync({ id: order.id, version: order.version, body: { kind: v.kind, description: v.description } })}
    >
      <Alert type="info" showIcon message={t('orders.exceptionHint')} style={{ marginBottom: 12 }} />
      <Form.Item name="kind" label={t('orders.exceptionKind')} rules={[{ required: true, message: t('orders.required') }]}>
        <Select
          aria-label={t('orders.exceptionKind')}
          virtual={false}
          options={exceptionKinds.map((k) => ({ value: k, label: t(`orders.exceptionKinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('orders.description')} rules={[{ required: true, message: t('orders.required') }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}
