import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

import { ReturnsList } from '../components/returns-list';

/** Returns and exchanges service started: approve, receive, inspect. */
export function ReturnsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('returns.title')}>
      <ReturnsList />
    </Page>
  );
}
