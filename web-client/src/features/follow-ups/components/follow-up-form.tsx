import { Button, Flex, Form, Input, Radio, Rate, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { FollowUpPlanDetails } from '../api/get-plan';
import { followUpMethods, type FollowUpMethod } from '../api/get-plans';
import { useRecordFollowUp } from '../api/record-follow-up';

const suggestionCategories = ['ProductQuality', 'Packaging', 'ListingAccuracy', 'Shipping', 'Service', 'Price'] as const;
type SuggestionCategory = (typeof suggestionCategories)[number];

type Values = {
  customer: string; orderNumber?: string; sku?: string; method: FollowUpMethod; productExperience: string; serviceSatisfaction: number;
  otherNeeds?: string; suggestionText?: string; suggestionCategory?: SuggestionCategory;
};

const formFields = ['customer', 'orderNumber', 'sku', 'method', 'productExperience', 'serviceSatisfaction', 'otherNeeds'] as const;
const fieldAliases = { 'suggestion.text': 'suggestionText', 'suggestion.category': 'suggestionCategory', suggestion: 'suggestionText' };

/**
 * A customer followed up under the plan: how, their experience with the product, their satisfaction with our service (1–5),
 * other needs, and a suggestion which, with its category, becomes a feedback item routed on from the feedback screen.
 */
export function FollowUpForm({ plan, onCancel, onRecorded }: { plan: FollowUpPlanDetails; onCancel: () => void; onRecorded: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const suggestion = Form.useWatch('suggestionText', form);
  const record = useRecordFollowUp({
    mutationConfig: {
      onSuccess: onRecorded,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields, fieldAliases);
        setOtherErrors(other);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  const required = [{ required: true, message: t('followUps.required') }];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ method: 'Phone' }}
      onFinish={(v) => {
        setRefusal(null);
        const text = v.suggestionText?.trim();
        record.mutate({
          id: plan.id,
          version: plan.version,
          body: {
            customer: v.customer.trim(),
            orderNumber: v.orderNumber?.trim() || null,
            sku: v.sku?.trim() || null,
            method: v.method,
            productExperience: v.productExperience.trim(),
            serviceSatisfaction: v.serviceSatisfaction,
            otherNeeds: v.otherNeeds?.trim() || null,
            suggestion: text && v.suggestionCategory ? { text, category: v.suggestionCategory } : null,
          },
        });
      }}
    >
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Flex gap={12} wrap>
        <Form.Item name="customer" label={t('followUps.customer')} rules={required}>
          <Input maxLength={200} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="orderNumber" label={t('followUps.orderNumber')}>
          <Input maxLength={50} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="sku" label={t('followUps.sku')}>
          <Input maxLength={64} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="method" label={t('followUps.method')} rules={required}>
        <Radio.Group options={followUpMethods.map((m) => ({ value: m, label: t(`followUps.methods.${m}`) }))} />
      </Form.Item>
      <Form.Item name="productExperience" label={t('followUps.productExperience')} rules={[{ required: true, whitespace: true, message: t('followUps.required') }]}>
        <Input.TextArea rows={3} maxLength={4_000} />
      </Form.Item>
      <Form.Item name="serviceSatisfaction" label={t('followUps.serviceSatisfaction')} rules={required}>
        <Rate aria-label={t('followUps.serviceSatisfaction')} />
      </Form.Item>
      <Form.Item name="otherNeeds" label={t('followUps.otherNeeds')}>
        <Input.TextArea rows={2} maxLength={4_000} />
      </Form.Item>
      <Flex gap={12} wrap align="start">
        <Form.Item name="suggestionText" label={t('followUps.suggestion')} style={{ flex: 1, minWidth: 240 }} extra={t('followUps.suggestionHelp')}>
          <Input.TextArea rows={2} maxLength={4_000} />
        </Form.Item>
        <Form.Item
          name="suggestionCategory"
          label={t('followUps.suggestionCategory')}
          rules={[{ required: !!suggestion?.trim(), message: t('followUps.required') }]}
        >
          <Select
            allowClear
            aria-label={t('followUps.suggestionCategory')}
            style={{ width: 200 }}
            virtual={false}
            options={suggestionCategories.map((c) => ({ value: c, label: t(`followUps.categories.${c}`) }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('followUps.record')}
        </Button>
      </Flex>
    </Form>
  );
}
