import { Button, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/ui/date-input';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { useCurrentStoreId, useStores } from '@/lib/stores';

import { returnKinds, returnReasons, type ReturnKind, type ReturnReason } from '../api/get-returns';
import type { CustomerReturnDetails } from '../api/get-return';
import { useRequestReturn } from '../api/request-return';

type Values = { orderNumber: string; sku: string; quantity: number; kind: ReturnKind; reason: ReturnReason; comment?: string; deliveredOn?: Dayjs | null };

const formFields = ['orderNumber', 'sku', 'quantity', 'kind', 'reason', 'comment', 'deliveredOn'] as const;

/**
 * A customer's return or exchange request, recorded for the store in use. The server checks the return window from the
 * delivery it knows; when it knows none, the delivery date the customer gives is entered here. A refusal (outside the
 * window, a SKU the order did not carry) shows above the form. One Idempotency-Key per form.
 */
export function RequestReturnForm({ onCancel, onRequested }: { onCancel: () => void; onRequested: (r: CustomerReturnDetails) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentStoreId = useCurrentStoreId();
  const stores = useStores();
  const store = stores.data?.find((s) => s.id === currentStoreId) ?? stores.data?.[0];
  const request = useRequestReturn({
    mutationConfig: {
      onSuccess: onRequested,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  const required = [{ required: true, message: t('customerReturns.required') }];

  const submit = (v: Values) => {
    setRefusal(null);
    request.mutate({
      idempotencyKey,
      body: {
        storeId: store?.id ?? '',
        marketplace: store?.marketplace ?? '',
        orderNumber: v.orderNumber.trim(),
        sku: v.sku.trim(),
        quantity: v.quantity,
        kind: v.kind,
        reason: v.reason,
        comment: v.comment || null,
        deliveredOn: v.deliveredOn ? v.deliveredOn.format('YYYY-MM-DD') : null,
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ quantity: 1, kind: 'Refund' }} onFinish={submit}>
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Flex gap={12} wrap>
        <Form.Item name="orderNumber" label={t('customerReturns.orderNumber')} rules={required}>
          <Input maxLength={50} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="sku" label={t('customerReturns.sku')} rules={required}>
          <Input maxLength={64} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="quantity" label={t('customerReturns.quantity')} rules={required}>
          <InputNumber min={1} precision={0} style={{ width: 100 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="kind" label={t('customerReturns.kind')} rules={required}>
        <Radio.Group options={returnKinds.map((k) => ({ value: k, label: t(`customerReturns.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="reason" label={t('customerReturns.reason')} rules={required}>
        <Select
          aria-label={t('customerReturns.reason')}
          style={{ width: 260 }}
          virtual={false}
          options={returnReasons.map((r) => ({ value: r, label: t(`customerReturns.reasons.${r}`) }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={t('customerReturns.comment')}>
        <Input.TextArea rows={3} maxLength={2_000} />
      </Form.Item>
      <Form.Item name="deliveredOn" label={t('customerReturns.deliveredOn')} extra={t('customerReturns.deliveredOnHelp')}>
        <DateInput aria-label={t('customerReturns.deliveredOn')} />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={request.isPending}>
          {t('customerReturns.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
