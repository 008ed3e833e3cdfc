import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function ListingsRoute() {
  const { t } = useTranslation();
  return <Page title={t('listings.title')}>{null}</Page>;
}
