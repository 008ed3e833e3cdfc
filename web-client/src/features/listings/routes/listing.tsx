import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function ListingRoute() {
  const { t } = useTranslation();
  return <Page title={t('listings.detail')}>{null}</Page>;
}
