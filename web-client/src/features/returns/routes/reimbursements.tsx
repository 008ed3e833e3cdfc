import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { OpenCaseForm } from '../components/open-case-form';
import { ReimbursementsList } from '../components/reimbursements-list';

/** FBA reimbursement cases: inbound shortfalls and stock lost or damaged at Amazon; logistics opens them here. */
export function ReimbursementsRoute() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const canWrite = useCan('returns:write');
  const [opening, setOpening] = useState(false);
  return (
    <Page
      title={t('returns.reimbursements.title')}
      actions={
        canWrite ? (
          <Button type="primary" onClick={() => setOpening(true)}>
            {t('returns.openCase.button')}
          </Button>
        ) : null
      }
    >
      <ReimbursementsList />
      <Modal open={opening} title={t('returns.openCase.title')} footer={null} width={720} onCancel={() => setOpening(false)} destroyOnHidden>
        <OpenCaseForm
          onCancel={() => setOpening(false)}
          onOpened={(opened) => {
            setOpening(false);
            notify.success(t('returns.openCase.opened', { sku: opened.sku }));
            void navigate(paths.logistics.reimbursement.getHref(opened.id));
          }}
          onReported={(reconciliation) => {
            setOpening(false);
            const cases = reconciliation.lines.flatMap((l) => (l.caseId ? [l.caseId] : []));
            notify.success(t('returns.openCase.reported', { count: cases.length, shipment: reconciliation.shipmentReference }));
            if (cases.length === 1 && cases[0]) void navigate(paths.logistics.reimbursement.getHref(cases[0]));
          }}
        />
      </Modal>
    </Page>
  );
}
