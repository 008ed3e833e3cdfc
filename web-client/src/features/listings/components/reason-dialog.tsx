import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ReasonDialog as ReasonForm } from '@/components/ui/reason-dialog';

import { useDelistListing } from '../api/delist-listing';
import type { ListingDetails } from '../api/get-listing';
import { useSuppressListing } from '../api/suppress-listing';

/** Suppress or delist: both need only why. */
export function ReasonDialog({ listing, kind, onClose }: { listing: ListingDetails; kind: 'suppress' | 'delist'; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutationConfig = {
    onSuccess: () => {
      notify.success(kind === 'suppress' ? t('listings.suppressed') : t('listings.delisted'));
      onClose();
    },
  };
  const suppress = useSuppressListing({ mutationConfig });
  const delist = useDelistListing({ mutationConfig });
  const action = kind === 'suppress' ? suppress : delist;
  return (
    <ReasonForm
      title={kind === 'suppress' ? t('listings.suppressTitle', { sku: listing.sku }) : t('listings.delistTitle', { sku: listing.sku })}
      okText={kind === 'suppress' ? t('listings.suppress') : t('listings.delist')}
      danger
      submit={(reason) => action.mutateAsync({ id: listing.id, version: listing.version, body: { reason } })}
      onClose={onClose}
    />
  );
}
