import { AutoComplete, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCan } from '@/lib/auth';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useCompleteFeedback, useDismissFeedback, useRouteFeedback } from '../api/feedback-actions';
import { departments, type FeedbackItem } from '../api/get-feedback';

type Dialog = 'route' | 'done' | 'dismiss' | null;

/** What an item's status allows: route (or re-route) an open item, mark a routed one done, dismiss an open one. */
export function FeedbackActions({ item }: { item: FeedbackItem }) {
  const { t } = useTranslation();
  const canWrite = useCan('feedback:write');
  const [dialog, setDialog] = useState<Dialog>(null);
  const complete = useCompleteFeedback();
  const dismiss = useDismissFeedback();
  if (!canWrite) return null;
  const open = item.status === 'Captured' || item.status === 'Routed';
  if (!open) return null;
  const on = { id: item.id, version: item.version };
  return (
    <Flex gap={4} wrap>
      <Button size="small" onClick={() => setDialog('route')}>
        {item.status === 'Routed' ? t('feedback.reroute') : t('feedback.route')}
      </Button>
      {item.status === 'Routed' ? (
        <Button size="small" onClick={() => setDialog('done')}>
          {t('feedback.done')}
        </Button>
      ) : null}
      <Button size="small" onClick={() => setDialog('dismiss')}>
        {t('feedback.dismiss')}
      </Button>
      {dialog === 'route' ? <RouteDialog item={item} onClose={() => setDialog(null)} /> : null}
      {dialog === 'done' ? (
        <ReasonDialog
          title={t('feedback.doneTitle')}
          okText={t('feedback.done')}
          submit={async (text) => {
            await complete.mutateAsync({ ...on, text });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'dismiss' ? (
        <ReasonDialog
          title={t('feedback.dismissTitle')}
          okText={t('feedback.dismiss')}
          submit={async (text) => {
            await dismiss.mutateAsync({ ...on, text });
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Flex>
  );
}

function RouteDialog({ item, onClose }: { item: FeedbackItem; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ department: string; owner?: string }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const route = useRouteFeedback({
    mutationConfig: {
      onSuccess: onClose,
      onError: (error) => {
        const other = applyFieldErrors(form, error, ['department', 'owner']);
        if (!problemOf(error).errors || other.length > 0) setRefusal(error);
      },
    },
  });
  return (
    <Modal open title={t('feedback.routeTitle')} okText={t('feedback.route')} onOk={() => form.submit()} confirmLoading={route.isPending} onCancel={onClose}>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ department: item.department ?? undefined, owner: item.owner ?? undefined }}
        onFinish={(v) => {
          setRefusal(null);
          route.mutate({ id: item.id, version: item.version, department: v.department.trim(), owner: v.owner?.trim() || null });
        }}
      >
        <Form.Item name="department" label={t('feedback.department')} rules={[{ required: true, whitespace: true, message: t('feedback.required') }]}>
          <AutoComplete aria-label={t('feedback.department')} options={departments.map((d) => ({ value: d }))} />
        </Form.Item>
        <Form.Item name="owner" label={t('feedback.owner')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
