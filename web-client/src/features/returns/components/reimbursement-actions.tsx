import { Button, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCan } from '@/lib/auth';

import { useCloseReimbursement } from '../api/close-reimbursement';
import type { ReimbursementDetails } from '../api/get-reimbursement';
import { useRecordReimbursement } from '../api/record-reimbursement';
import { useRejectReimbursement } from '../api/reject-reimbursement';
import { useSubmitReimbursement } from '../api/submit-reimbursement';

type Dialog = 'submit' | 'reimburse' | 'reject' | null;

/** The next steps of a case by its status; each refusal shown in its dialog or above the page. */
export function ReimbursementActions({ item, onRefused }: { item: ReimbursementDetails; onRefused: (error: unknown) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const canWrite = useCan('returns:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [form] = Form.useForm<{ amazonCaseId?: string; amount?: number }>();
  const submit = useSubmitReimbursement();
  const reimburse = useRecordReimbursement();
  const reject = useRejectReimbursement();
  const close = useCloseReimbursement({ mutationConfig: { onError: onRefused, onSuccess: () => notify.success(t('returns.reimbursements.closed')) } });

  if (!canWrite) return null;
  const run = async (action: () => Promise<unknown>, done: string) => {
    setRefusal(null);
    try {
      await action();
      setDialog(null);
      notify.success(done);
    } catch (error) {
      setRefusal(error);
    }
  };

  return (
    <>
      {item.status === 'Open' ? <Button type="primary" onClick={() => setDialog('submit')}>{t('returns.reimbursements.submit')}</Button> : null}
      {item.status === 'Submitted' ? (
        <>
          <Button type="primary" onClick={() => setDialog('reimburse')}>{t('returns.reimbursements.recordReimbursement')}</Button>
          <Button danger onClick={() => setDialog('reject')}>{t('returns.reimbursements.reject')}</Button>
        </>
      ) : null}
      {item.status === 'Reimbursed' || item.status === 'Rejected' ? (
        <Button loading={close.isPending} onClick={() => close.mutate({ id: item.id, version: item.version, note: null })}>
          {t('returns.reimbursements.close')}
        </Button>
      ) : null}
      {dialog === 'submit' || dialog === 'reimburse' ? (
        <Modal
          open
          title={dialog === 'submit' ? t('returns.reimbursements.submit') : t('returns.reimbursements.recordReimbursement')}
          confirmLoading={submit.isPending || reimburse.isPending}
          onCancel={() => { setDialog(null); setRefusal(null); }}
          onOk={() => form.submit()}
          destroyOnHidden
        >
          {refusal ? <ProblemAlert error={refusal} /> : null}
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) =>
              void (dialog === 'submit'
                ? run(() => submit.mutateAsync({ id: item.id, version: item.version, amazonCaseId: v.amazonCaseId?.trim() || null }), t('returns.reimbursements.submitted'))
                : run(
                    () => reimburse.mutateAsync({ id: item.id, version: item.version, amount: { amount: v.amount ?? 0, currency: item.claim.amountClaimed.currency } }),
                    t('returns.reimbursements.reimbursementRecorded'),
                  ))
            }
          >
            {dialog === 'submit' ? (
              <Form.Item name="amazonCaseId" label={t('returns.reimbursements.amazonCaseId')}>
                <Input aria-label={t('returns.reimbursements.amazonCaseId')} maxLength={64} />
              </Form.Item>
            ) : (
              <Form.Item name="amount" label={`${t('returns.reimbursements.amount')} (${item.claim.amountClaimed.currency})`} rules={[{ required: true, message: t('returns.required') }]}>
                <InputNumber aria-label={t('returns.reimbursements.amount')} min={0.01} precision={2} />
              </Form.Item>
            )}
          </Form>
        </Modal>
      ) : null}
      {dialog === 'reject' ? (
        <ReasonDialog
          title={t('returns.reimbursements.reject')}
          okText={t('returns.reimbursements.reject')}
          submit={async (reason) => {
            await reject.mutateAsync({ id: item.id, version: item.version, reason });
            setDialog(null);
            notify.success(t('returns.reimbursements.rejected'));
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
