import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { PlanStocktakeForm } from '../components/plan-stocktake-form';
import { StocktakeSchedule } from '../components/stocktake-schedule';
import { StocktakesList } from '../components/stocktakes-list';

export function StocktakesRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('stocktakes:write');
  const [planning, setPlanning] = useState(false);

  return (
    <Page
      title={t('stocktakes.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setPlanning(true)}>
            {t('stocktakes.plan')}
          </Button>
        ) : null
      }
    >
      <StocktakeSchedule />
      <StocktakesList />
      <Modal open={planning} title={t('stocktakes.planTitle')} footer={null} onCancel={() => setPlanning(false)} destroyOnHidden>
        <PlanStocktakeForm
          onCancel={() => setPlanning(false)}
          onPlanned={(stocktake) => {
            setPlanning(false);
            notify.success(t('stocktakes.planned'));
            void navigate(paths.logistics.stocktake.getHref(stocktake.id));
          }}
        />
      </Modal>
    </Page>
  );
}
