import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { CustomerReturnStatus } from '../api/get-returns';

const statusColours: Record<CustomerReturnStatus, string> = { Requested: 'processing', Approved: 'cyan', Rejected: 'red', Inspected: 'success' };

export function ReturnStatusTag({ status }: { status: CustomerReturnStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`customerReturns.statuses.${status}`)}</Tag>;
}
