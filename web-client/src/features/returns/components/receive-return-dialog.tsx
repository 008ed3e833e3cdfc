import { Form, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { ReturnDetails } from '../api/get-return';
import { useWarehouses } from '../api/get-warehouses';
import { useReceiveReturn } from '../api/receive-return';

type Values = { warehouseId?: string; quantity?: number };

export function ReceiveReturnDialog({ item, onClose, onDone }: { item: ReturnDetails; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const warehouses = useWarehouses();
  const receive = useReceiveReturn();

  const submit = async (values: Values) => {
    setRefusal(null);
    try {
      await receive.mutateAsync({ id: item.id, version: item.version, body: { warehouseId: values.warehouseId ?? '', quantity: values.quantity ?? 0 } });
      onDone();
    } catch (error) {
      const other = applyFieldErrors(form, error, ['warehouseId', 'quantity']);
      if (!problemOf(error).errors || other.length > 0) setRefusal(error);
    }
  };

  return (
    <Modal open title={t('returns.receiveTitle')} okText={t('returns.receive')} confirmLoading={receive.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form form={form} layout="vertical" initialValues={{ quantity: item.quantity }} onFinish={(v) => void submit(v)}>
        <Form.Item name="warehouseId" label={t('returns.warehouse')} rules={[{ required: true, message: t('returns.required') }]}>
          <Select
            aria-label={t('returns.warehouse')}
            virtual={false}
            loading={warehouses.isPending}
            options={(warehouses.data ?? []).filter((w) => w.storeId === item.storeId).map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
          />
        </Form.Item>
        <Form.Item name="quantity" label={t('returns.quantityReceived')} rules={[{ required: true, message: t('returns.required') }]}>
          <InputNumber aria-label={t('returns.quantityReceived')} min={1} max={item.quantity} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
