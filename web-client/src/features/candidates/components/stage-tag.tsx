import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { CandidateStage } from '../api/get-candidates';

const colours: Record<CandidateStage, string> = {
  Proposed: 'default',
  Screened: 'blue',
  Sourcing: 'geekblue',
  Sampling: 'purple',
  Approved: 'green',
  Rejected: 'red',
  Shelved: 'orange',
};

export function StageTag({ stage }: { stage: CandidateStage }) {
  const { t } = useTranslation();
  return <Tag color={colours[stage]}>{t(`candidates.stages.${stage}`)}</Tag>;
}
