import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/ui/date-input';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { StocktakeDetails } from '../api/get-stocktake';
import { useWarehouses } from '../api/get-warehouses';
import { usePlanStocktake } from '../api/plan-stocktake';

type Values = { warehouseId?: string; plannedOn?: Dayjs; skus?: string };

/** Plans a stocktake of a warehouse: some SKUs (one per line or comma-separated), or every SKU it holds when left empty. */
export function PlanStocktakeForm({ onCancel, onPlanned }: { onCancel: () => void; onPlanned: (stocktake: StocktakeDetails) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [refusal, setRefusal] = useState<unknown>(null);
  const warehouses = useWarehouses();
  const plan = usePlanStocktake({ mutationConfig: { onSuccess: onPlanned } });

  const submit = async (values: Values) => {
    setRefusal(null);
    const skus = (values.skus ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    try {
      await plan.mutateAsync({
        idempotencyKey,
        body: { warehouseId: values.warehouseId ?? '', plannedOn: values.plannedOn?.format('YYYY-MM-DD') ?? '', skus: skus.length > 0 ? skus : null },
      });
    } catch (error) {
      const other = applyFieldErrors(form, error, ['warehouseId', 'plannedOn', 'skus']);
      if (!problemOf(error).errors || other.length > 0) setRefusal(error);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ plannedOn: dayjs() }} onFinish={(v) => void submit(v)} requiredMark>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form.Item name="warehouseId" label={t('stocktakes.warehouse')} rules={[{ required: true, message: t('stocktakes.warehouseRequired') }]}>
        <Select
          aria-label={t('stocktakes.warehouse')}
          loading={warehouses.isPending}
          virtual={false}
          options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
        />
      </Form.Item>
      <Form.Item name="plannedOn" label={t('stocktakes.plannedOn')} rules={[{ required: true, message: t('stocktakes.plannedOnRequired') }]}>
        <DateInput aria-label={t('stocktakes.plannedOn')} />
      </Form.Item>
      <Form.Item name="skus" label={t('stocktakes.skus')} extra={t('stocktakes.skusHelp')}>
        <Input.TextArea aria-label={t('stocktakes.skus')} rows={3} />
      </Form.Item>
      {warehouses.isError ? <Alert type="warning" title={t('stocktakes.warehousesUnavailable')} /> : null}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={plan.isPending}>
          {t('stocktakes.plan')}
        </Button>
      </Flex>
    </Form>
  );
}
