import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { AnswerStatus } from '../api/get-answers';

const colours: Record<AnswerStatus, string> = { Draft: 'gold', Approved: 'success', Retired: 'default' };

export function AnswerStatusTag({ status }: { status: AnswerStatus }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`answers.statuses.${status}`)}</Tag>;
}
