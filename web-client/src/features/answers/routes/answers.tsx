import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { useDraftAnswer } from '../api/draft-answer';
import { AnswerForm } from '../components/answer-form';
import { AnswersList } from '../components/answers-list';

/** The standard answer library, and drafting a new answer (the operations manager approves it before agents cite it). */
export function AnswersRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('answers:write');
  const [drafting, setDrafting] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const draft = useDraftAnswer();

  return (
    <Page
      title={t('answers.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setDrafting(true)}>
            {t('answers.draft')}
          </Button>
        ) : null
      }
    >
      <AnswersList />
      <Modal open={drafting} title={t('answers.draftTitle')} footer={null} onCancel={() => setDrafting(false)} destroyOnHidden width={720}>
        <AnswerForm
          okText={t('answers.saveDraft')}
          onCancel={() => setDrafting(false)}
          save={async (body) => {
            const answer = await draft.mutateAsync({ body, idempotencyKey });
            setDrafting(false);
            notify.success(t('answers.drafted'));
            void navigate(paths.service.answer.getHref(answer.id));
          }}
        />
      </Modal>
    </Page>
  );
}
