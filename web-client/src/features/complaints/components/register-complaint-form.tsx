import { Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { useCurrentStoreId, useStores } from '@/lib/stores';

import type { ComplaintDetails } from '../api/get-complaint';
import { complaintCategories, type ComplaintCategory } from '../api/get-complaints';
import { useRegisterComplaint } from '../api/register-complaint';

type Values = {
  marketplace: string; customerName: string; contact: string; orderNumber: string; sku?: string; category?: ComplaintCategory; problem: string;
};

const formFields = ['marketplace', 'customerName', 'contact', 'orderNumber', 'sku', 'category', 'problem'] as const;
const fieldAliases = { 'customer.name': 'customerName', 'customer.contact': 'contact', customer: 'customerName' };

/**
 * A customer's complaint, registered into the store in use: both clocks (escalation and resolution) start now. Customer
 * name, contact, order number and problem are required. A retried submission registers it once (one Idempotency-Key per form).
 */
export function RegisterComplaintForm({ onCancel, onRegistered }: { onCancel: () => void; onRegistered: (complaint: ComplaintDetails) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentStoreId = useCurrentStoreId();
  const stores = useStores();
  const storeId = currentStoreId ?? stores.data?.[0]?.id;
  const register = useRegisterComplaint({
    mutationConfig: {
      onSuccess: onRegistered,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields, fieldAliases);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  const required = [{ required: true, whitespace: true, message: t('complaints.required') }];

  const submit = (v: Values) => {
    setRefusal(null);
    register.mutate({
      idempotencyKey,
      body: {
        storeId: storeId ?? '',
        marketplace: v.marketplace,
        customer: { name: v.customerName, contact: v.contact },
        orderNumber: v.orderNumber,
        problem: v.problem,
        category: v.category ?? null,
        sku: v.sku || null,
        receivedAt: null,
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ marketplace: 'US' }} onFinish={submit}>
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Flex gap={12} wrap>
        <Form.Item name="customerName" label={t('complaints.customerName')} rules={required}>
          <Input maxLength={200} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="contact" label={t('complaints.contact')} rules={required} tooltip={t('complaints.contactHint')}>
          <Input maxLength={200} style={{ width: 240 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="orderNumber" label={t('complaints.orderNumber')} rules={required}>
          <Input maxLength={50} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="sku" label={t('complaints.sku')}>
          <Input maxLength={64} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="marketplace" label={t('complaints.marketplace')} rules={required}>
          <Input maxLength={2} style={{ width: 80 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="category" label={t('complaints.category')}>
        <Select
          allowClear
          aria-label={t('complaints.category')}
          style={{ width: 220 }}
          virtual={false}
          options={complaintCategories.map((c) => ({ value: c, label: t(`complaints.categories.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="problem" label={t('complaints.problem')} rules={required}>
        <Input.TextArea rows={4} maxLength={4_000} />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('complaints.register')}
        </Button>
      </Flex>
    </Form>
  );
}
