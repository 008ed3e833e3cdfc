import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { ReimbursementStatus } from '../api/get-reimbursements';
import type { ReturnStatus } from '../api/get-returns';

const returnColours: Record<ReturnStatus, string> = {
  Requested: 'default', Approved: 'processing', Received: 'warning', Refunded: 'success', Exchanged: 'success', Restocked: 'success', Disposed: 'default',
};
const caseColours: Record<ReimbursementStatus, string> = { Open: 'default', Submitted: 'processing', Reimbursed: 'success', Rejected: 'error', Closed: 'default' };

export function ReturnStatusTag({ status }: { status: ReturnStatus }) {
  const { t } = useTranslation();
  return <Tag color={returnColours[status]}>{t(`returns.statuses.${status}`)}</Tag>;
}

export function CaseStatusTag({ status }: { status: ReimbursementStatus }) {
  const { t } = useTranslation();
  return <Tag color={caseColours[status]}>{t(`returns.reimbursements.statuses.${status}`)}</Tag>;
}
