import { Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/ui/date-input';
import { NumberField } from '@/components/ui/number-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useWarehouseChoices } from '../api/get-warehouses';
import { useRecordReceipt, type Receipt } from '../api/record-receipt';

type Values = {
  warehouseId: string;
  sku: string;
  supplierId?: string;
  quantityReceived: number;
  quantityAccepted: number;
  quantityRejected: number;
  expectedOn: Dayjs;
  receivedOn: Dayjs;
  note?: string;
};

const formFields = [
  'warehouseId', 'sku', 'supplierId', 'quantityReceived', 'quantityAccepted', 'quantityRejected', 'expectedOn', 'receivedOn', 'note',
] as const;

/**
 * Records a purchase receipt: the accepted units enter stock. Field errors land on their fields; a refused rule (an
 * unknown SKU, a closed warehouse, a received date in the future) above the form.
 */
export function ReceiveGoodsForm({ onRecorded, onCancel, sku }: { onRecorded: (receipt: Receipt) => void; onCancel: () => void; sku?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const warehouses = useWarehouseChoices();
  const record = useRecordReceipt({
    mutationConfig: {
      onSuccess: onRecorded,
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, formFields)),
    },
  });
  const problem = record.error ? problemOf(record.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ sku, quantityRejected: 0 }}
      disabled={record.isPending}
      onFinish={(v) => {
        setOtherErrors([]);
        record.mutate({
          idempotencyKey,
          body: {
            warehouseId: v.warehouseId,
            sku: v.sku.trim(),
            supplierId: v.supplierId?.trim() || null,
            quantityReceived: v.quantityReceived,
            quantityAccepted: v.quantityAccepted,
            quantityRejected: v.quantityRejected,
            expectedOn: v.expectedOn.format('YYYY-MM-DD'),
            receivedOn: v.receivedOn.format('YYYY-MM-DD'),
            note: v.note?.trim() || null,
          },
        });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={record.error} extra={otherErrors} />
        </div>
      ) : null}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="warehouseId" label={t('inventory.warehouse')} rules={[{ required: true, message: t('inventory.warehouseRequired') }]}>
            <Select
              loading={warehouses.isFetching}
              options={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="sku" label={t('inventory.sku')} rules={[{ required: true, whitespace: true, message: t('inventory.skuRequired') }]}>
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <NumberField name="quantityReceived" label={t('inventory.quantityReceived')} min={1} max={1_000_000} integer rules={[{ required: true }]} />
        </Col>
        <Col xs={24} sm={8}>
          <NumberField name="quantityAccepted" label={t('inventory.quantityAccepted')} min={0} integer rules={[{ required: true }]} />
        </Col>
        <Col xs={24} sm={8}>
          <NumberField
            name="quantityRejected"
            label={t('inventory.quantityRejected')}
            min={0}
            integer
            dependencies={['quantityReceived', 'quantityAccepted']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value: unknown) =>
                  typeof value !== 'number' ||
                  typeof getFieldValue('quantityReceived') !== 'number' ||
                  typeof getFieldValue('quantityAccepted') !== 'number' ||
                  (getFieldValue('quantityAccepted') as number) + value === getFieldValue('quantityReceived')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('inventory.quantitiesAddUp'))),
              }),
            ]}
          />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="expectedOn" label={t('inventory.expectedOn')} rules={[{ required: true, message: t('inventory.dateRequired') }]}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="receivedOn" label={t('inventory.receivedOn')} rules={[{ required: true, message: t('inventory.dateRequired') }]}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="supplierId" label={t('inventory.supplierId')}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label={t('inventory.note')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('inventory.record')}
        </Button>
      </Flex>
    </Form>
  );
}
