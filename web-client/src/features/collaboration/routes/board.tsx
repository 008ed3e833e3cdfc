import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';

import { CollaborationBoard } from '../components/collaboration-board';

/** The collaboration board: every department's requests for help, in columns by status, least time left first. */
export function CollaborationBoardRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('collaboration.title')}>
      <CollaborationBoard />
    </Page>
  );
}
