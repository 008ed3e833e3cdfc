import { Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { useNotify } from '@/components/ui/notifications';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useChangeUserRoles } from '../api/change-user-roles';
import type { User } from '../api/get-users';

import { useRoleOptions } from './role-tags';

type Values = { roles: string[] };

export function ChangeRolesDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const roleOptions = useRoleOptions();
  const change = useChangeUserRoles({
    mutationConfig: {
      onSuccess: (changed) => {
        notify.success(t('users.rolesChanged', { email: changed.email }));
        onClose();
      },
      onError: (error) => form.setFields(fieldErrors(problemOf(error), ['roles'] as const).fields),
    },
  });

  return (
    <Modal
      open
      title={t('users.changeRolesTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      {change.isError && !problemOf(change.error).errors ? <ProblemAlert error={change.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ roles: [...user.roles] }}
        onFinish={(body) => change.mutate({ id: user.id, version: user.version, body })}
      >
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, message: t('users.rolesRequired') }]}>
          <Select mode="multiple" options={roleOptions} optionFilterProp="label" virtual={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
