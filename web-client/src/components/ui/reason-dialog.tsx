import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { applyFieldErrors, problemOf } from '@/lib/problem';

import { ProblemAlert } from './problem-alert';

type ReasonDialogProps = {
  title: string;
  okText: string;
  /** A change that cannot be undone (deactivate, revoke, leave the company): a red button and, given, a warning. */
  danger?: boolean;
  warning?: string;
  /** Whether a reason must be given (the server's rule; some moves accept none). */
  required?: boolean;
  /** What the text is when it is not a reason (a result, a message), and the server's name for it (its field errors land here). */
  label?: string;
  field?: string;
  maxLength?: number;
  /** Sends the change with the trimmed reason; resolves when the server accepted it (the caller then closes). */
  submit: (reason: string) => Promise<unknown>;
  onClose: () => void;
};

/**
 * A change that needs only why: a reason, the server's field error on it, and any other refusal (a rule's 409, a
 * stale version's 412) above it with its detail and code.
 */
export function ReasonDialog({ title, okText, danger = false, warning, required = true, label, field = 'reason', maxLength = 500, submit, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);

  const send = async ({ reason }: { reason?: string }) => {
    setPending(true);
    setRefusal(null);
    try {
      await submit((reason ?? '').trim());
    } catch (error) {
      const other = applyFieldErrors(form, error, ['reason'], { [field]: 'reason' });
      if (!problemOf(error).errors || other.length > 0) setRefusal(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      {warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} /> : null}
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" onFinish={(values) => void send(values)}>
        <Form.Item
          name="reason"
          label={label ?? t('common.reason')}
          rules={required ? [{ required: true, whitespace: true, message: t('common.reasonRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={maxLength} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
