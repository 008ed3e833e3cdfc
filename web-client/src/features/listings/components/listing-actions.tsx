import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { useCan } from '@/lib/auth';

import type { ListingDetails } from '../api/get-listing';
import { getListingQualityQueryOptions } from '../api/get-listing-quality';
import { getListingSettingsQueryOptions, minimumScoreOf } from '../api/get-listing-settings';
import { useRelistListing } from '../api/relist-listing';
import { useSubmitListing } from '../api/submit-listing';

import { FailingRules, failingRules, type FailingRule } from './failing-rules';
import { ReasonDialog } from './reason-dialog';
import { ReviewResultDialog } from './review-result-dialog';

type Dialog = 'review' | 'suppress' | 'delist' | null;
type Sending = 'submit' | 'relist';

/** What the check before sending found: the rules the saved content breaks (none when only unsaved edits are to be mentioned). */
type Check = { kind: Sending; rules: FailingRule[] };

type ListingActionsProps = {
  listing: ListingDetails;
  /** The content editor holds edits not saved: Submit and Relist send the saved content, not them. */
  unsavedEdits?: boolean;
  onRefused: (error: unknown) => void;
};

/**
 * The actions the listing's status allows, for people who may write listings. Submit and relist first ask the server
 * to check the saved content (what they send) under the settings in force: when rules fail, a dialog lists every one
 * and nothing is sent; when edits are not saved, a dialog says so before sending. A refusal the server still makes
 * (the settings changed meanwhile) is handed to `onRefused` to be shown in place, every rule it names included.
 */
export function ListingActions({ listing, unsavedEdits = false, onRefused }: ListingActionsProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const canWrite = useCan('listings:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [checking, setChecking] = useState<Sending | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const submit = useSubmitListing({
    mutationConfig: { onSuccess: () => notify.success(t('listings.submitted')), onError: onRefused },
  });
  const relist = useRelistListing({
    mutationConfig: { onSuccess: () => notify.success(t('listings.relisted')), onError: onRefused },
  });
  if (!canWrite) return null;

  const { status } = listing;
  const send = (kind: Sending) => {
    setCheck(null);
    (kind === 'submit' ? submit : relist).mutate({ id: listing.id, version: listing.version });
  };
  const checkThenSend = async (kind: Sending) => {
    onRefused(null);
    setChecking(kind);
    try {
      const [report, settings] = await Promise.all([
        queryClient.fetchQuery({ ...getListingQualityQueryOptions(listing.id), staleTime: 0 }),
        queryClient.fetchQuery(getListingSettingsQueryOptions()).catch(() => undefined),
      ]);
      const rules = failingRules(report, minimumScoreOf(settings), t);
      if (rules.length > 0 || unsavedEdits) setCheck({ kind, rules });
      else send(kind);
    } catch (error) {
      onRefused(error);
    } finally {
      setChecking(null);
    }
  };

  return (
    <>
      {status === 'Draft' || status === 'Revised' ? (
        <Button type="primary" loading={checking === 'submit' || submit.isPending} onClick={() => void checkThenSend('submit')}>
          {t('listings.submit')}
        </Button>
      ) : null}
      {status === 'Submitted' || status === 'Relisted' ? (
        <Button type="primary" onClick={() => setDialog('review')}>
          {t('listings.recordReview')}
        </Button>
      ) : null}
      {status === 'Suppressed' || status === 'Delisted' ? (
        <Button type="primary" loading={checking === 'relist' || relist.isPending} onClick={() => void checkThenSend('relist')}>
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
      {check ? (
        <SendCheckDialog
          check={check}
          actionName={check.kind === 'relist' ? t('listings.relist') : t('listings.submit')}
          savedVersion={listing.contentVersion}
          unsavedEdits={unsavedEdits}
          onSend={() => send(check.kind)}
          onClose={() => setCheck(null)}
        />
      ) : null}
    </>
  );
}

type SendCheckDialogProps = {
  check: Check;
  actionName: string;
  savedVersion: number;
  unsavedEdits: boolean;
  onSend: () => void;
  onClose: () => void;
};

/** Every rule the saved content breaks (nothing can be sent), or, when none, that unsaved edits stay behind. */
function SendCheckDialog({ check, actionName, savedVersion, unsavedEdits, onSend, onClose }: SendCheckDialogProps) {
  const { t } = useTranslation();
  const blocked = check.rules.length > 0;
  return (
    <Modal
      open
      title={blocked ? t('listings.checkBlocked', { action: actionName }) : t('listings.checkUnsaved', { action: actionName })}
      onCancel={onClose}
      footer={
        blocked
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                {t('listings.checkClose')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="send" type="primary" onClick={onSend}>
                {t('listings.sendSavedVersion', { action: actionName, n: savedVersion })}
              </Button>,
            ]
      }
    >
      <Flex vertical gap={12}>
        {blocked ? (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('listings.checkBlockedIntro', { count: check.rules.length, n: savedVersion })}
            </Typography.Paragraph>
            <FailingRules rules={check.rules} />
          </>
        ) : null}
        {unsavedEdits ? <Alert type="warning" showIcon title={t('listings.unsavedNotSent', { n: savedVersion })} /> : null}
      </Flex>
    </Modal>
  );
}
