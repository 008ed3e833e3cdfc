import { Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { NumberField } from '@/components/ui/number-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useAnnounceInbound, type AnnouncedInbound } from '../api/announce-inbound';
import { useWarehouseChoices } from '../api/get-warehouses';

type Values = { warehouseId: string; sku: string; quantity: number };

const formFields = ['warehouseId', 'sku', 'quantity'] as const;

/** Announces goods on their way to a warehouse: they count as inbound in the figures until received. */
export function InboundForm({ onAnnounced, onCancel, sku }: { onAnnounced: (row: AnnouncedInbound) => void; onCancel: () => void; sku?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const warehouses = useWarehouseChoices();
  const announce = useAnnounceInbound({
    mutationConfig: {
      onSuccess: onAnnounced,
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, formFields)),
    },
  });
  const problem = announce.error ? problemOf(announce.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ sku }}
      disabled={announce.isPending}
      onFinish={(v) => {
        setOtherErrors([]);
        announce.mutate({ warehouseId: v.warehouseId, sku: v.sku.trim(), quantity: v.quantity });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={announce.error} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="warehouseId" label={t('inventory.warehouse')} rules={[{ required: true, message: t('inventory.warehouseRequired') }]}>
        <Select
          loading={warehouses.isFetching}
          options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
          virtual={false}
        />
      </Form.Item>
      <Form.Item name="sku" label={t('inventory.sku')} rules={[{ required: true, whitespace: true, message: t('inventory.skuRequired') }]}>
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <NumberField name="quantity" label={t('inventory.inbound')} min={1} max={1_000_000} integer rules={[{ required: true }]} />
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={announce.isPending}>
          {t('inventory.announce')}
        </Button>
      </Flex>
    </Form>
  );
}
