import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { InquiriesList } from '../components/inquiries-list';
import { ReceiveInquiryForm } from '../components/receive-inquiry-form';

/** The agent's inbox, least time left first, and recording an inquiry that came by phone, e-mail or chat. */
export function InquiriesRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('inquiries:write');
  const [receiving, setReceiving] = useState(false);

  return (
    <Page
      title={t('inquiries.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setReceiving(true)}>
            {t('inquiries.receive')}
          </Button>
        ) : null
      }
    >
      <InquiriesList />
      <Modal open={receiving} title={t('inquiries.receiveTitle')} footer={null} onCancel={() => setReceiving(false)} destroyOnHidden width={640}>
        <ReceiveInquiryForm
          onCancel={() => setReceiving(false)}
          onReceived={(inquiry) => {
            setReceiving(false);
            notify.success(t('inquiries.received'));
            void navigate(paths.service.inquiry.getHref(inquiry.id));
          }}
        />
      </Modal>
    </Page>
  );
}
