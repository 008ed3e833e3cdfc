import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function CandidateRoute() {
  const { t } = useTranslation();
  return <Page title={t('candidates.detail')}>{null}</Page>;
}
