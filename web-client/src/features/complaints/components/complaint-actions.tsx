import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCan } from '@/lib/auth';

import {
  useAcknowledgeComplaint,
  useCloseComplaint,
  useConfirmComplaint,
  useReopenComplaint,
  useResolveComplaint,
} from '../api/complaint-actions';
import type { ComplaintDetails } from '../api/get-complaint';

import { EscalateDialog } from './escalate-dialog';

type Dialog = 'acknowledge' | 'escalate' | 'resolve' | 'confirm' | 'reopen' | null;

/**
 * What the complaint's status allows: acknowledge a registered one; escalate an acknowledged or reopened one; resolve it
 * while at work (the result told to the customer); record the customer's answer to a resolved one (satisfied, or not and
 * why: reopened); close a confirmed one. A refusal shows in the dialog it came from, a close's above the complaint.
 */
export function ComplaintActions({ complaint, onRefused }: { complaint: ComplaintDetails; onRefused: (error: unknown) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('complaints:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const acknowledge = useAcknowledgeComplaint();
  const resolve = useResolveComplaint();
  const confirm = useConfirmComplaint();
  const reopen = useReopenComplaint();
  const close = useCloseComplaint({ mutationConfig: { onError: onRefused, onSuccess: () => onRefused(null) } });
  if (!canWrite) return null;

  const on = { id: complaint.id, version: complaint.version };
  const { status } = complaint;
  const atWork = status === 'Acknowledged' || status === 'Escalated' || status === 'Reopened';
  const done = () => {
    onRefused(null);
    setDialog(null);
  };
  return (
    <Flex gap={8} wrap>
      {status === 'Registered' ? (
        <Button type="primary" onClick={() => setDialog('acknowledge')}>
          {t('complaints.acknowledge')}
        </Button>
      ) : null}
      {status === 'Acknowledged' || status === 'Reopened' ? <Button onClick={() => setDialog('escalate')}>{t('complaints.escalate')}</Button> : null}
      {atWork ? <Button onClick={() => setDialog('resolve')}>{t('complaints.resolve')}</Button> : null}
      {status === 'Resolved' ? (
        <>
          <Button type="primary" onClick={() => setDialog('confirm')}>
            {t('complaints.confirm')}
          </Button>
          <Button onClick={() => setDialog('reopen')}>{t('complaints.reopen')}</Button>
        </>
      ) : null}
      {status === 'Confirmed' ? (
        <Button loading={close.isPending} onClick={() => close.mutate(on)}>
          {t('complaints.close')}
        </Button>
      ) : null}
      {dialog === 'acknowledge' ? (
        <ReasonDialog
          title={t('complaints.acknowledgeTitle')}
          okText={t('complaints.acknowledge')}
          label={t('complaints.note')}
          field="note"
          maxLength={4_000}
          required={false}
          submit={async (note) => {
            await acknowledge.mutateAsync({ ...on, note });
            done();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'escalate' ? <EscalateDialog complaint={complaint} onDone={done} onClose={() => setDialog(null)} /> : null}
      {dialog === 'resolve' ? (
        <ReasonDialog
          title={t('complaints.resolveTitle')}
          okText={t('complaints.resolve')}
          label={t('complaints.result')}
          field="result"
          maxLength={4_000}
          submit={async (result) => {
            await resolve.mutateAsync({ ...on, result });
            done();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'confirm' ? (
        <ReasonDialog
          title={t('complaints.confirmTitle')}
          okText={t('complaints.confirm')}
          label={t('complaints.customerComment')}
          field="note"
          maxLength={4_000}
          required={false}
          submit={async (note) => {
            await confirm.mutateAsync({ ...on, note });
            done();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'reopen' ? (
        <ReasonDialog
          title={t('complaints.reopenTitle')}
          okText={t('complaints.reopen')}
          submit={async (reason) => {
            await reopen.mutateAsync({ ...on, reason });
            done();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Flex>
  );
}
