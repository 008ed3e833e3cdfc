import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { useCan } from '@/lib/auth';

import { CaptureFeedbackForm } from '../components/capture-feedback-form';
import { FeedbackList } from '../components/feedback-list';
import { VoicePanel } from '../components/voice-panel';

/** Customer feedback followed through to the department's improvement, and the voice of the customer it adds up to. */
export function FeedbackRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('feedback:write');
  const [capturing, setCapturing] = useState(false);

  return (
    <Page
      title={t('feedback.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setCapturing(true)}>
            {t('feedback.captureButton')}
          </Button>
        ) : null
      }
    >
      <VoicePanel />
      <FeedbackList />
      {capturing ? (
        <Modal open title={t('feedback.captureTitle')} footer={null} onCancel={() => setCapturing(false)} destroyOnHidden width={640}>
          <CaptureFeedbackForm
            onCancel={() => setCapturing(false)}
            onCaptured={() => {
              setCapturing(false);
              notify.success(t('feedback.captured'));
            }}
          />
        </Modal>
      ) : null}
    </Page>
  );
}
