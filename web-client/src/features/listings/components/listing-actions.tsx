import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { useCan } from '@/lib/auth';

import type { ListingDetails } from '../api/get-listing';
import { useRelistListing } from '../api/relist-listing';
import { useSubmitListing } from '../api/submit-listing';

import { ReasonDialog } from './reason-dialog';
import { ReviewResultDialog } from './review-result-dialog';

type Dialog = 'review' | 'suppress' | 'delist' | null;

/**
 * The actions the listing's status allows, for people who may write listings. Submit and relist go straight to the
 * server (its quality gate decides); their refusal is handed to `onRefused` to be shown in place.
 */
export function ListingActions({ listing, onRefused }: { listing: ListingDetails; onRefused: (error: unknown) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('listings:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const submit = useSubmitListing({
    mutationConfig: { onSuccess: () => notify.success(t('listings.submitted')), onError: onRefused },
  });
  const relist = useRelistListing({
    mutationConfig: { onSuccess: () => notify.success(t('listings.relisted')), onError: onRefused },
  });
  if (!canWrite) return null;

  const { status } = listing;
  const run = (action: typeof submit | typeof relist) => {
    onRefused(null);
    action.mutate({ id: listing.id, version: listing.version });
  };

  return (
    <>
      {status === 'Draft' || status === 'Revised' ? (
        <Button type="primary" loading={submit.isPending} onClick={() => run(submit)}>
          {t('listings.submit')}
        </Button>
      ) : null}
      {status === 'Submitted' || status === 'Relisted' ? (
        <Button type="primary" onClick={() => setDialog('review')}>
          {t('listings.recordReview')}
        </Button>
      ) : null}
      {status === 'Suppressed' || status === 'Delisted' ? (
        <Button type="primary" loading={relist.isPending} onClick={() => run(relist)}>
          {t('listings.relist')}
        </Button>
      ) : null}
      {status === 'Live' ? (
        <Button danger onClick={() => setDialog('suppress')}>
          {t('listings.suppress')}
        </Button>
      ) : null}
      {status === 'Live' || status === 'Suppressed' ? (
        <Button danger onClick={() => setDialog('delist')}>
          {t('listings.delist')}
        </Button>
      ) : null}
      {dialog === 'review' ? <ReviewResultDialog listing={listing} onClose={() => setDialog(null)} /> : null}
      {dialog === 'suppress' || dialog === 'delist' ? <ReasonDialog listing={listing} kind={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
