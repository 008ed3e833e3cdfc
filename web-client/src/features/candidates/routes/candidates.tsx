import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function CandidatesRoute() {
  const { t } = useTranslation();
  return <Page title={t('candidates.title')}>{null}</Page>;
}
