import { Button, Flex, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useSession } from '@/lib/auth';
import { applyFieldErrors, problemOf } from '@/lib/problem';
import { useCurrentStoreId, useStores } from '@/lib/stores';

import type { FollowUpPlanDetails } from '../api/get-plan';
import { usePlanFollowUps } from '../api/plan-follow-ups';

type Values = { agent: string; month: string; targetCustomers: number };

/** The month's current value, yyyy-MM, in the browser's time zone. */
const thisMonth = () => new Date().toISOString().slice(0, 7);

/** An agent's plan for a month of the store in use: how many customers to follow up. One plan per agent, store and month. */
export function PlanForm({ onCancel, onPlanned }: { onCancel: () => void; onPlanned: (plan: FollowUpPlanDetails) => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const currentStoreId = useCurrentStoreId();
  const stores = useStores();
  const store = stores.data?.find((s) => s.id === currentStoreId) ?? stores.data?.[0];
  const plan = usePlanFollowUps({
    mutationConfig: {
      onSuccess: onPlanned,
      onError: (error) => {
        const other = applyFieldErrors(form, error, ['agent', 'month', 'targetCustomers']);
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
      initialValues={{ agent: session?.email, month: thisMonth(), targetCustomers: 20 }}
      onFinish={(v) => {
        setRefusal(null);
        plan.mutate({
          idempotencyKey,
          body: { storeId: store?.id ?? '', marketplace: store?.marketplace ?? '', agent: v.agent.trim(), month: v.month.trim(), targetCustomers: v.targetCustomers },
        });
      }}
    >
      {refusal ? <ProblemAlert error={refusal} extra={otherErrors} /> : null}
      <Form.Item name="agent" label={t('followUps.agent')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="month" label={t('followUps.month')} rules={required} extra={t('followUps.monthPlaceholder')}>
          <Input maxLength={7} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="targetCustomers" label={t('followUps.target')} rules={required}>
          <InputNumber min={1} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Flex>
      <Flex gap={8} justify="end">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={plan.isPending}>
          {t('followUps.plan')}
        </Button>
      </Flex>
    </Form>
  );
}
