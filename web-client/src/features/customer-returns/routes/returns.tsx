import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { RequestReturnForm } from '../components/request-return-form';
import { CustomerReturnsList } from '../components/returns-list';

/** Customers' return and exchange requests, and recording a new one. */
export function CustomerReturnsRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('customerReturns:write');
  const [requesting, setRequesting] = useState(false);

  return (
    <Page
      title={t('customerReturns.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setRequesting(true)}>
            {t('customerReturns.request')}
          </Button>
        ) : null
      }
    >
      <CustomerReturnsList />
      <Modal open={requesting} title={t('customerReturns.requestTitle')} footer={null} onCancel={() => setRequesting(false)} destroyOnHidden width={640}>
        <RequestReturnForm
          onCancel={() => setRequesting(false)}
          onRequested={(r) => {
            setRequesting(false);
            notify.success(t('customerReturns.requested'));
            void navigate(paths.service.return.getHref(r.id));
          }}
        />
      </Modal>
    </Page>
  );
}
