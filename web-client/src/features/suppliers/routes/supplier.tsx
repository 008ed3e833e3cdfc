import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function SupplierRoute() {
  const { t } = useTranslation();
  return <Page title={t('suppliers.detail')}>{null}</Page>;
}
