import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { CustomerReturnDetails } from '../api/get-return';
import type { CustomerReturnStatus } from '../api/get-returns';

/**
 * The progress the customer sees: requested, then approved or rejected, then inspected by logistics. A step that
 * happened shows when and by whom; a rejection ends it there.
 */
export function ReturnProgress({ customerReturn: r }: { customerReturn: CustomerReturnDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const stepOf = (status: CustomerReturnStatus) => r.progress.find((p) => p.status === status);
  const rejected = r.status === 'Rejected';
  const path: CustomerReturnStatus[] = rejected ? ['Requested', 'Rejected'] : ['Requested', 'Approved', 'Inspected'];
  const reached = path.filter((s) => stepOf(s)).length;
  return (
    <Steps
      size="small"
      current={reached - 1}
      status={rejected ? 'error' : reached === path.length ? 'finish' : 'process'}
      items={path.map((status) => {
        const step = stepOf(status);
        return {
          title: t(`customerReturns.statuses.${status}`),
          description: step ? `${formatDateTime(step.at, language)} · ${step.by}` : t('customerReturns.notYet'),
        };
      })}
    />
  );
}
