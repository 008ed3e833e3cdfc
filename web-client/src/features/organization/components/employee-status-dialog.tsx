import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useChangeEmployeeStatus, type EmployeeStatusChange } from '../api/change-employee-status';
import type { Employee } from '../api/get-employees';

type Values = { reason?: string };

/** Leave, return from leave, or leave the company: each with its reason, recorded in the employee's history. */
export function EmployeeStatusDialog({ employee, change, onClose }: { employee: Employee; change: EmployeeStatusChange; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const move = useChangeEmployeeStatus({
    mutationConfig: {
      onSuccess: (done) => {
        notify.success(t(`employees.moves.${change}.done`, { name: done.name }));
        onClose();
      },
      onError: (error) => form.setFields(fieldErrors(problemOf(error), ['reason'] as const).fields),
    },
  });
  const final = change === 'leave-company';

  return (
    <Modal
      open
      title={t(`employees.moves.${change}.title`, { name: employee.name })}
      okText={t(`employees.moves.${change}.action`)}
      okButtonProps={{ danger: final }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      {final ? <Alert type="warning" showIcon title={t('employees.moves.leave-company.warning')} style={{ marginBottom: 16 }} /> : null}
      {move.isError && !problemOf(move.error).errors ? <ProblemAlert error={move.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => move.mutate({ change, id: employee.id, version: employee.version, reason: (values.reason ?? '').trim() })}
      >
        <Form.Item name="reason" label={t('employees.reason')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
