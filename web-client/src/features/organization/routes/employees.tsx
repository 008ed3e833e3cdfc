import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

export function EmployeesRoute() {
  const { t } = useTranslation();
  return <Page title={t('employees.title')}>{null}</Page>;
}
