import { Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateInput } from '@/components/ui/date-input';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useEscalateComplaint } from '../api/complaint-actions';
import type { ComplaintDetails } from '../api/get-complaint';

type Values = { department: string; assistanceNeeded: string; expectedResolutionDate: Dayjs };

const formFields = ['department', 'assistanceNeeded', 'expectedResolutionDate'] as const;

/**
 * The complaint goes to the responsible department: what help it needs and by when. The same write raises a collaboration
 * request there (its response clock starts), which the complaint then links to.
 */
export function EscalateDialog({ complaint, onDone, onClose }: { complaint: ComplaintDetails; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const escalate = useEscalateComplaint({
    mutationConfig: {
      onSuccess: onDone,
      onError: (error) => {
        const other = applyFieldErrors(form, error, formFields);
        setOtherErrors(other);
        setRefusal(!problemOf(error).errors || other.length > 0 ? error : null);
      },
    },
  });
  const required = [{ required: true, whitespace: true, message: t('complaints.required') }];

  return (
    <Modal
      open
      title={t('complaints.escalateTitle')}
      okText={t('complaints.escalate')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={escalate.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} extra={otherErrors} />
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setRefusal(null);
          escalate.mutate({
            id: complaint.id,
            version: complaint.version,
            body: {
              department: v.department.trim(),
              assistanceNeeded: v.assistanceNeeded.trim(),
              expectedResolutionDate: v.expectedResolutionDate.format('YYYY-MM-DD'),
            },
          });
        }}
      >
        <Form.Item name="department" label={t('complaints.department')} rules={required} extra={t('complaints.departmentHint')}>
          <Input maxLength={50} placeholder="logistics" />
        </Form.Item>
        <Form.Item name="assistanceNeeded" label={t('complaints.assistanceNeeded')} rules={required}>
          <Input.TextArea rows={3} maxLength={4_000} />
        </Form.Item>
        <Form.Item name="expectedResolutionDate" label={t('complaints.expectedResolutionDate')} rules={[{ required: true, message: t('complaints.required') }]}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
