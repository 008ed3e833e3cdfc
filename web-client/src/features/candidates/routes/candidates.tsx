import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { CandidateBoard } from '../components/candidate-board';
import { ProposeCandidateForm } from '../components/propose-candidate-form';

export function CandidatesRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('candidates:write');
  const [proposing, setProposing] = useState(false);

  return (
    <Page
      title={t('candidates.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setProposing(true)}>
            {t('candidates.propose.button')}
          </Button>
        ) : null
      }
    >
      <CandidateBoard />
      <Modal
        open={proposing}
        title={t('candidates.propose.title')}
        footer={null}
        width={860}
        onCancel={() => setProposing(false)}
        destroyOnHidden
      >
        <ProposeCandidateForm
          onCancel={() => setProposing(false)}
          onProposed={(candidate) => {
            setProposing(false);
            notify.success(t('candidates.propose.done', { name: candidate.name }));
            void navigate(paths.selection.candidate.getHref(candidate.id));
          }}
        />
      </Modal>
    </Page>
  );
}
