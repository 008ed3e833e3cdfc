import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { PlanForm } from '../components/plan-form';
import { PlansList } from '../components/plans-list';

/** Follow-up plans by month and agent, and planning a month. */
export function FollowUpPlansRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('followUps:write');
  const [planning, setPlanning] = useState(false);

  return (
    <Page
      title={t('followUps.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setPlanning(true)}>
            {t('followUps.newPlan')}
          </Button>
        ) : null
      }
    >
      <PlansList />
      <Modal open={planning} title={t('followUps.newPlanTitle')} footer={null} onCancel={() => setPlanning(false)} destroyOnHidden width={520}>
        <PlanForm
          onCancel={() => setPlanning(false)}
          onPlanned={(plan) => {
            setPlanning(false);
            notify.success(t('followUps.planned'));
            void navigate(paths.service.followUpPlan.getHref(plan.id));
          }}
        />
      </Modal>
    </Page>
  );
}
