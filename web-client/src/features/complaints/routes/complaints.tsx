import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { ComplaintsList } from '../components/complaints-list';
import { RegisterComplaintForm } from '../components/register-complaint-form';

/** The complaints queue, least time left first, and registering a complaint a customer made. */
export function ComplaintsRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('complaints:write');
  const [registering, setRegistering] = useState(false);

  return (
    <Page
      title={t('complaints.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setRegistering(true)}>
            {t('complaints.registerButton')}
          </Button>
        ) : null
      }
    >
      <ComplaintsList />
      <Modal open={registering} title={t('complaints.registerTitle')} footer={null} onCancel={() => setRegistering(false)} destroyOnHidden width={640}>
        <RegisterComplaintForm
          onCancel={() => setRegistering(false)}
          onRegistered={(complaint) => {
            setRegistering(false);
            notify.success(t('complaints.registered'));
            void navigate(paths.service.complaint.getHref(complaint.id));
          }}
        />
      </Modal>
    </Page>
  );
}
