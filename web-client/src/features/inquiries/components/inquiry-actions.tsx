import { Button, Flex, Form, Input, Modal, Rate } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCan } from '@/lib/auth';

import type { InquiryDetails } from '../api/get-inquiry';
import { useCloseInquiry, useRecordSatisfaction, useReopenInquiry, useResolveInquiry } from '../api/inquiry-actions';

type Dialog = 'resolve' | 'reopen' | 'satisfaction' | null;

/**
 * What the inquiry's status allows: resolve an answered inquiry, close a resolved one, reopen a resolved or closed one
 * when the customer writes again, and record the customer's satisfaction once answered. Refusals show in place.
 */
export function InquiryActions({ inquiry, onRefused }: { inquiry: InquiryDetails; onRefused: (error: unknown) => void }) {
  const { t } = useTranslation();
  const canWrite = useCan('inquiries:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const resolve = useResolveInquiry();
  const close = useCloseInquiry({ mutationConfig: { onError: onRefused } });
  const reopen = useReopenInquiry();
  if (!canWrite) return null;

  const on = { id: inquiry.id, version: inquiry.version };
  const answered = inquiry.responses.length > 0;
  return (
    <Flex gap={8} wrap>
      {inquiry.status === 'Responded' ? <Button onClick={() => setDialog('resolve')}>{t('inquiries.resolve')}</Button> : null}
      {inquiry.status === 'Resolved' ? (
        <Button loading={close.isPending} onClick={() => close.mutate(on)}>
          {t('inquiries.close')}
        </Button>
      ) : null}
      {inquiry.status === 'Resolved' || inquiry.status === 'Closed' ? <Button onClick={() => setDialog('reopen')}>{t('inquiries.reopen')}</Button> : null}
      {answered && !inquiry.satisfaction ? <Button onClick={() => setDialog('satisfaction')}>{t('inquiries.rate')}</Button> : null}
      {dialog === 'resolve' ? (
        <ReasonDialog
          title={t('inquiries.resolveTitle')}
          okText={t('inquiries.resolve')}
          required={false}
          submit={async (note) => {
            await resolve.mutateAsync({ ...on, note });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'reopen' ? (
        <ReasonDialog
          title={t('inquiries.reopenTitle')}
          okText={t('inquiries.reopen')}
          submit={async (message) => {
            await reopen.mutateAsync({ ...on, body: { message, receivedAt: null } });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'satisfaction' ? <SatisfactionDialog inquiry={inquiry} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
}

function SatisfactionDialog({ inquiry, onClose }: { inquiry: InquiryDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ score: number; comment?: string }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const record = useRecordSatisfaction({ mutationConfig: { onSuccess: onClose, onError: setRefusal } });
  return (
    <Modal open title={t('inquiries.rateTitle')} okText={t('common.save')} onOk={() => form.submit()} confirmLoading={record.isPending} onCancel={onClose}>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => record.mutate({ id: inquiry.id, version: inquiry.version, body: { score: v.score, comment: v.comment || null } })}
      >
        <Form.Item name="score" label={t('inquiries.score')} rules={[{ required: true, message: t('inquiries.required') }]}>
          <Rate aria-label={t('inquiries.score')} />
        </Form.Item>
        <Form.Item name="comment" label={t('inquiries.comment')}>
          <Input.TextArea rows={2} maxLength={1_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
