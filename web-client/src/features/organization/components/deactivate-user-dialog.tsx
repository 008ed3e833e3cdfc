import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useDeactivateUser } from '../api/deactivate-user';
import type { User } from '../api/get-users';

type Values = { reason: string };

export function DeactivateUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const deactivate = useDeactivateUser({
    mutationConfig: {
      onSuccess: (done) => {
        notify.success(t('users.deactivated', { email: done.email }));
        onClose();
      },
      onError: (error) => form.setFields(fieldErrors(problemOf(error), ['reason'] as const).fields),
    },
  });

  return (
    <Modal
      open
      title={t('users.deactivateTitle', { name: user.displayName })}
      okText={t('users.deactivate')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={deactivate.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('users.deactivateWarning')} style={{ marginBottom: 16 }} />
      {deactivate.isError && !problemOf(deactivate.error).errors ? <ProblemAlert error={deactivate.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(body) => deactivate.mutate({ id: user.id, version: user.version, body: { reason: body.reason.trim() } })}
      >
        <Form.Item name="reason" label={t('users.reason')} rules={[{ required: true, whitespace: true, message: t('users.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
