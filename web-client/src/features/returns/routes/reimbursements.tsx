import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

import { ReimbursementsList } from '../components/reimbursements-list';

/** FBA reimbursement cases: inbound shortfalls and stock lost or damaged at Amazon. */
export function ReimbursementsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('returns.reimbursements.title')}>
      <ReimbursementsList />
    </Page>
  );
}
