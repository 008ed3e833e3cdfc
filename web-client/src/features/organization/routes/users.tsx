import { UserAddOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { useCan } from '@/lib/auth';

import { CreateUserForm } from '../components/create-user-form';
import { UsersList } from '../components/users-list';

export function UsersRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('users:write');
  const [creating, setCreating] = useState(false);

  return (
    <Page
      title={t('users.title')}
      actions={
        canWrite ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        ) : null
      }
    >
      <UsersList />
      <Modal open={creating} title={t('users.createTitle')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            notify.success(t('users.created', { email: user.email }));
          }}
        />
      </Modal>
    </Page>
  );
}
