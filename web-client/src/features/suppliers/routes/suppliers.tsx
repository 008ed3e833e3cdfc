import { PlusOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { DocumentWarnings } from '../components/document-warnings';
import { RegisterSupplierForm } from '../components/register-supplier-form';
import { SuppliersList } from '../components/suppliers-list';

export function SuppliersRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('suppliers:write');
  const [registering, setRegistering] = useState(false);

  return (
    <Page
      title={t('suppliers.title')}
      actions={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('suppliers.register')}
          </Button>
        ) : null
      }
    >
      <DocumentWarnings />
      <SuppliersList />
      <Modal open={registering} title={t('suppliers.registerTitle')} footer={null} width={720} onCancel={() => setRegistering(false)} destroyOnHidden>
        <RegisterSupplierForm
          onCancel={() => setRegistering(false)}
          onRegistered={(supplier) => {
            setRegistering(false);
            notify.success(t('suppliers.registered', { name: supplier.name }));
            void navigate(paths.selection.supplier.getHref(supplier.id));
          }}
        />
      </Modal>
    </Page>
  );
}
