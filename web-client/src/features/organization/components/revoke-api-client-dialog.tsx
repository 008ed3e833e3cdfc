import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ReasonDialog } from '@/components/ui/reason-dialog';

import type { ApiClient } from '../api/get-api-clients';
import { useRevokeApiClient } from '../api/revoke-api-client';

export function RevokeApiClientDialog({ client, onClose }: { client: ApiClient; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const revoke = useRevokeApiClient({
    mutationConfig: {
      onSuccess: (revoked) => {
        notify.success(t('apiClients.revoked', { name: revoked.name }));
        onClose();
      },
    },
  });
  return (
    <ReasonDialog
      title={t('apiClients.revokeTitle', { name: client.name })}
      okText={t('apiClients.revoke')}
      danger
      warning={t('apiClients.revokeWarning')}
      submit={(reason) => revoke.mutateAsync({ id: client.id, version: client.version, body: { reason } })}
      onClose={onClose}
    />
  );
}
