import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { FeedbackStatus } from '../api/get-feedback';

const colours: Record<FeedbackStatus, string> = { Captured: 'processing', Routed: 'gold', Done: 'success', Dismissed: 'default' };

export function FeedbackStatusTag({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`feedback.statuses.${status}`)}</Tag>;
}
