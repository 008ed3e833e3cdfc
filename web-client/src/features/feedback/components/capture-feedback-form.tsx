import { Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { useCurrentStoreId, useStores } from '@/lib/stores';

import { useCaptureFeedback } from '../api/capture-feedback';
import { feedbackCategories, feedbackSources, type FeedbackCategory, type FeedbackSource } from '../api/get-feedback';

type Values = { category: FeedbackCategory; source: FeedbackSource; sku?: string; text: string };

/** A customer's feedback for the store in use: categorised, tied to a SKU where it names one. One Idempotency-Key per form. */
export function CaptureFeedbackForm({ onCancel, onCaptured }: { onCancel: () => void; onCaptured: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentStoreId = useCurrentStoreId();
  const stores = useStores();
  const store = stores.data?.find((s) => s.id === currentStoreId) ?? stores.data?.[0];
  const capture = useCaptureFeedback({
    mutationConfig: {
      onSuccess: onCaptured,
      onError: (error) => {
        const other = applyFieldErrors(form, error, ['category', 'source', 'sku', 'text']);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  const required = [{ required: true, whitespace: true, message: t('feedback.required') }];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ category: 'ProductQuality', source: 'Review' }}
      onFinish={(v) => {
        setRefusal(null);
        capture.mutate({
          idempotencyKey,
          body: { storeId: store?.id ?? '', marketplace: store?.marketplace ?? '', category: v.category, source: v.source, sku: v.sku?.trim() || null, text: v.text.trim(), sourceId: null },
        });
      }}
    >
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Flex gap={12} wrap>
        <Form.Item name="category" label={t('feedback.category')} rules={required}>
          <Select
            aria-label={t('feedback.category')}
            style={{ width: 200 }}
            virtual={false}
            options={feedbackCategories.map((c) => ({ value: c, label: t(`feedback.categories.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="source" label={t('feedback.source')} rules={required}>
          <Select aria-label={t('feedback.source')} style={{ width: 160 }} virtual={false} options={feedbackSources.map((s) => ({ value: s, label: t(`feedback.sources.${s}`) }))} />
        </Form.Item>
        <Form.Item name="sku" label={t('feedback.sku')}>
          <Input maxLength={64} style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="text" label={t('feedback.text')} rules={required}>
        <Input.TextArea rows={4} maxLength={4_000} />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={capture.isPending}>
          {t('feedback.capture')}
        </Button>
      </Flex>
    </Form>
  );
}
