import { PlusOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';
import { useCan } from '@/lib/auth';

import type { ApiClientWithKey } from '../api/register-api-client';
import { ApiClientsList } from '../components/api-clients-list';
import { ApiKeyModal } from '../components/api-key-modal';
import { RegisterApiClientForm } from '../components/register-api-client-form';

export function ApiClientsRoute() {
  const { t } = useTranslation();
  const canWrite = useCan('apiClients:write');
  const [registering, setRegistering] = useState(false);
  // Held only while the modal is open; closing it drops the key from memory.
  const [issued, setIssued] = useState<ApiClientWithKey | null>(null);

  return (
    <Page
      title={t('apiClients.title')}
      actions={
        canWrite ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('apiClients.register')}
          </Button>
        ) : null
      }
    >
      <ApiClientsList onKeyIssued={setIssued} />
      <Modal open={registering} title={t('apiClients.registerTitle')} footer={null} onCancel={() => setRegistering(false)} destroyOnHidden>
        <RegisterApiClientForm
          onCancel={() => setRegistering(false)}
          onRegistered={(registered) => {
            setRegistering(false);
            setIssued(registered);
          }}
        />
      </Modal>
      {issued ? <ApiKeyModal clientName={issued.client.name} apiKey={issued.apiKey} onClose={() => setIssued(null)} /> : null}
    </Page>
  );
}
