import { Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { useCurrentStoreId, useStores } from '@/lib/stores';

import { useReceiveOrder, type ReceivedOrder } from '../api/receive-order';

type Values = {
  marketplace: string; orderNumber: string; buyerName: string; line1: string; city: string; postalCode: string; country: string;
  email?: string; sku: string; quantity: number; unitPrice: number; currency: string; paymentStatus: 'Captured' | 'Pending' | 'Failed';
};

const formFields = [
  'marketplace', 'orderNumber', 'buyerName', 'email', 'line1', 'city', 'postalCode', 'country', 'sku', 'quantity', 'unitPrice', 'currency',
  'paymentStatus',
] as const;

/** The request's nested fields on the form's flat ones (the form takes one line). */
const fieldAliases = {
  'buyer.name': 'buyerName', 'buyer.email': 'email', 'buyer.address.line1': 'line1', 'buyer.address.city': 'city',
  'buyer.address.postalCode': 'postalCode', 'buyer.address.country': 'country', 'lines.*.sku': 'sku', 'lines.*.quantity': 'quantity',
  'lines.*.unitPrice': 'unitPrice', 'lines.*.unitPrice.amount': 'unitPrice', 'lines.*.unitPrice.currency': 'currency', lines: 'sku',
};

/**
 * An order by hand (one line; bulk import brings the rest): received into the selected store. The same order again is the
 * same order; another under a used number is refused in place (`order.number_must_be_unique`).
 */
export function ReceiveOrderForm({ onCancel, onReceived }: { onCancel: () => void; onReceived: (order: ReceivedOrder) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentStoreId = useCurrentStoreId();
  const stores = useStores();
  const storeId = currentStoreId ?? stores.data?.[0]?.id;
  const receive = useReceiveOrder({
    mutationConfig: {
      onSuccess: onReceived,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields, fieldAliases);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  const required = [{ required: true, message: t('orders.required') }];

  const submit = (v: Values) => {
    setRefusal(null);
    receive.mutate({
      idempotencyKey,
      body: {
        storeId: storeId ?? '',
        marketplace: v.marketplace,
        orderNumber: v.orderNumber,
        buyer: { name: v.buyerName, email: v.email ?? null, phone: null, address: { line1: v.line1, line2: null, city: v.city, region: null, postalCode: v.postalCode, country: v.country } },
        lines: [{ sku: v.sku, quantity: v.quantity, unitPrice: { amount: v.unitPrice, currency: v.currency } }],
        paymentStatus: v.paymentStatus,
        purchasedAt: new Date().toISOString(),
        shipBy: null,
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ marketplace: 'US', country: 'US', currency: 'USD', quantity: 1, paymentStatus: 'Captured' }} onFinish={submit}>
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Flex gap={12} wrap>
        <Form.Item name="marketplace" label={t('orders.marketplace')} rules={required}>
          <Input maxLength={2} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="orderNumber" label={t('orders.orderNumber')} rules={required}>
          <Input style={{ width: 240 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="buyerName" label={t('orders.buyerName')} rules={required}>
        <Input />
      </Form.Item>
      <Form.Item name="email" label={t('orders.email')}>
        <Input />
      </Form.Item>
      <Form.Item name="line1" label={t('orders.addressLine')} rules={required}>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="city" label={t('orders.city')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="postalCode" label={t('orders.postalCode')} rules={required}>
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="country" label={t('orders.country')} rules={required}>
          <Input maxLength={2} style={{ width: 80 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="sku" label={t('orders.sku')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="quantity" label={t('orders.quantity')} rules={required}>
          <InputNumber min={1} />
        </Form.Item>
        <Form.Item name="unitPrice" label={t('orders.unitPrice')} rules={required}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="currency" label={t('orders.currency')} rules={required}>
          <Input maxLength={3} style={{ width: 80 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="paymentStatus" label={t('orders.payment')} rules={required}>
        <Select
          aria-label={t('orders.payment')}
          virtual={false}
          options={(['Captured', 'Pending', 'Failed'] as const).map((p) => ({ value: p, label: t(`orders.payments.${p}`) }))}
        />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={receive.isPending}>
          {t('orders.receive')}
        </Button>
      </Flex>
    </Form>
  );
}
