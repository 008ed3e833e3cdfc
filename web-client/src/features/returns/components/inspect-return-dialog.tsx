import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { ReturnDetails } from '../api/get-return';
import { returnDispositions, returnFindings, type ReturnDisposition, type ReturnFinding } from '../api/get-returns';
import { useInspectReturn } from '../api/inspect-return';

type Values = { finding?: ReturnFinding; disposition?: ReturnDisposition; notes?: string };

/** The inspection of a received return: the finding, what becomes of the item, and notes (required unless no defect). */
export function InspectReturnDialog({ item, onClose, onDone }: { item: ReturnDetails; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const inspect = useInspectReturn();
  const finding = Form.useWatch('finding', form);

  const submit = async (values: Values) => {
    setRefusal(null);
    try {
      await inspect.mutateAsync({
        id: item.id,
        version: item.version,
        body: { finding: values.finding ?? 'NoDefect', disposition: values.disposition ?? 'Disposed', notes: (values.notes ?? '').trim() },
      });
      onDone();
    } catch (error) {
      const other = applyFieldErrors(form, error, ['finding', 'disposition', 'notes']);
      if (!problemOf(error).errors || other.length > 0) setRefusal(error);
    }
  };

  return (
    <Modal open title={t('returns.inspectTitle')} okText={t('returns.inspect')} confirmLoading={inspect.isPending} onOk={() => form.submit()} onCancel={onClose}>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="finding" label={t('returns.finding')} rules={[{ required: true, message: t('returns.required') }]}>
          <Select aria-label={t('returns.finding')} virtual={false} options={returnFindings.map((f) => ({ value: f, label: t(`returns.findings.${f}`) }))} />
        </Form.Item>
        <Form.Item name="disposition" label={t('returns.disposition')} rules={[{ required: true, message: t('returns.required') }]}>
          <Select
            aria-label={t('returns.disposition')}
            virtual={false}
            options={returnDispositions.map((d) => ({ value: d, label: t(`returns.dispositions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="notes"
          label={t('returns.notes')}
          rules={[{ required: finding !== undefined && finding !== 'NoDefect', message: t('returns.required') }]}
        >
          <Input.TextArea aria-label={t('returns.notes')} rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
