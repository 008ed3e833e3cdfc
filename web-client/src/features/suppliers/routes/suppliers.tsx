import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function SuppliersRoute() {
  const { t } = useTranslation();
  return <Page title={t('suppliers.title')}>{null}</Page>;
}
