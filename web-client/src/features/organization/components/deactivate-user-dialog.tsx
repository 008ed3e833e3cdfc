import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ReasonDialog } from '@/components/ui/reason-dialog';

import { useDeactivateUser } from '../api/deactivate-user';
import type { User } from '../api/get-users';

export function DeactivateUserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const deactivate = useDeactivateUser({
    mutationConfig: {
      onSuccess: (done) => {
        notify.success(t('users.deactivated', { email: done.email }));
        onClose();
      },
    },
  });
  return (
    <ReasonDialog
      title={t('users.deactivateTitle', { name: user.displayName })}
      okText={t('users.deactivate')}
      danger
      warning={t('users.deactivateWarning')}
      submit={(reason) => deactivate.mutateAsync({ id: user.id, version: user.version, body: { reason } })}
      onClose={onClose}
    />
  );
}
