import { Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { useCurrentStoreId, useStores } from '@/lib/stores';

import { inquiryChannels, inquiryTopics, type InquiryChannel, type InquiryTopic } from '../api/get-inquiries';
import type { InquiryDetails } from '../api/get-inquiry';
import { useReceiveInquiry } from '../api/receive-inquiry';

type Values = {
  marketplace: string; channel: InquiryChannel; customerName: string; email?: string; topic: InquiryTopic; subject: string; body: string;
  orderNumber?: string; sku?: string; language?: string;
};

const formFields = ['marketplace', 'channel', 'customerName', 'email', 'topic', 'subject', 'body', 'orderNumber', 'sku', 'language'] as const;
const fieldAliases = { 'customer.name': 'customerName', 'customer.email': 'email', customer: 'customerName' };

/**
 * An inquiry that reached us by phone, e-mail or chat (buyer messages arrive the same way from the integration), recorded
 * into the store in use: both clocks start now. A retried submission records it once (one Idempotency-Key per form).
 */
export function ReceiveInquiryForm({ onCancel, onReceived }: { onCancel: () => void; onReceived: (inquiry: InquiryDetails) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentStoreId = useCurrentStoreId();
  const stores = useStores();
  const storeId = currentStoreId ?? stores.data?.[0]?.id;
  const receive = useReceiveInquiry({
    mutationConfig: {
      onSuccess: onReceived,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields, fieldAliases);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  const required = [{ required: true, message: t('inquiries.required') }];

  const submit = (v: Values) => {
    setRefusal(null);
    receive.mutate({
      idempotencyKey,
      body: {
        storeId: storeId ?? '',
        marketplace: v.marketplace,
        channel: v.channel,
        customer: { name: v.customerName, email: v.email || null },
        topic: v.topic,
        subject: v.subject,
        body: v.body,
        orderNumber: v.orderNumber || null,
        sku: v.sku || null,
        language: v.language || null,
        receivedAt: null,
      },
    });
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ marketplace: 'US', channel: 'Email', topic: 'Product' }} onFinish={submit}>
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Flex gap={12} wrap>
        <Form.Item name="channel" label={t('inquiries.channel')} rules={required}>
          <Select
            aria-label={t('inquiries.channel')}
            style={{ width: 200 }}
            virtual={false}
            options={inquiryChannels.map((c) => ({ value: c, label: t(`inquiries.channels.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="topic" label={t('inquiries.topic')} rules={required}>
          <Select
            aria-label={t('inquiries.topic')}
            style={{ width: 160 }}
            virtual={false}
            options={inquiryTopics.map((c) => ({ value: c, label: t(`inquiries.topics.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="marketplace" label={t('inquiries.marketplace')} rules={required}>
          <Input maxLength={2} style={{ width: 80 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="customerName" label={t('inquiries.customerName')} rules={required}>
          <Input maxLength={200} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="email" label={t('inquiries.email')}>
          <Input maxLength={200} style={{ width: 240 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="orderNumber" label={t('inquiries.orderNumber')}>
          <Input maxLength={50} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="sku" label={t('inquiries.sku')}>
          <Input maxLength={64} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="language" label={t('inquiries.language')}>
          <Input maxLength={35} style={{ width: 100 }} placeholder="en" />
        </Form.Item>
      </Flex>
      <Form.Item name="subject" label={t('inquiries.subject')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="body" label={t('inquiries.body')} rules={required}>
        <Input.TextArea rows={4} maxLength={10_000} />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={receive.isPending}>
          {t('inquiries.record')}
        </Button>
      </Flex>
    </Form>
  );
}
