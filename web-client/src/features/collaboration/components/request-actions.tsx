import { Button, Flex, Form, Input, Modal, Rate } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useCan, useSession } from '@/lib/auth';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import {
  useApproveRequest,
  useConfirmRequest,
  useDeclineRequest,
  usePostProgress,
  useReopenRequest,
  useResolveRequest,
} from '../api/collaboration-actions';
import type { CollaborationRequestDetails } from '../api/get-collaboration-request';

type Dialog = 'approve' | 'decline' | 'progress' | 'result' | 'confirm' | 'reopen' | null;

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/**
 * What the request's status allows the person looking at it (the server's rules): a manager approves a raised request
 * (helping department and owner) or declines it (why); its owner posts progress and the result while it is with them;
 * whoever raised it (or a manager) confirms the result with two ratings, or reopens it with what more is needed.
 * Refusals show in the dialog they came from.
 */
export function RequestActions({ request }: { request: CollaborationRequestDetails }) {
  const { t } = useTranslation();
  const canWork = useCan('collaboration:work');
  const canManage = useCan('collaboration:manage');
  const me = useSession().session?.email;
  const [dialog, setDialog] = useState<Dialog>(null);
  const decline = useDeclineRequest();
  const progress = usePostProgress();
  const resolve = useResolveRequest();
  const reopen = useReopenRequest();
  if (!canWork) return null;

  const on = { id: request.id, version: request.version };
  const { status } = request;
  const withOwner = (status === 'Approved' || status === 'InProgress' || status === 'Reopened') && same(request.owner, me);
  const assesses = status === 'Resolved' && (canManage || same(request.raisedBy, me));
  const done = () => setDialog(null);
  const text = (title: string, okText: string, label: string, send: (text: string) => Promise<unknown>) => (
    <ReasonDialog
      title={title}
      okText={okText}
      label={label}
      field="text"
      maxLength={5_000}
      submit={async (value) => {
        await send(value);
        done();
      }}
      onClose={() => setDialog(null)}
    />
  );

  return (
    <Flex gap={8} wrap>
      {status === 'Raised' && canManage ? (
        <>
          <Button type="primary" onClick={() => setDialog('approve')}>
            {t('collaboration.approve')}
          </Button>
          <Button danger onClick={() => setDialog('decline')}>
            {t('collaboration.decline')}
          </Button>
        </>
      ) : null}
      {withOwner ? (
        <>
          <Button onClick={() => setDialog('progress')}>{t('collaboration.postProgress')}</Button>
          <Button type="primary" onClick={() => setDialog('result')}>
            {t('collaboration.reportResult')}
          </Button>
        </>
      ) : null}
      {assesses ? (
        <>
          <Button type="primary" onClick={() => setDialog('confirm')}>
            {t('collaboration.confirm')}
          </Button>
          <Button onClick={() => setDialog('reopen')}>{t('collaboration.reopen')}</Button>
        </>
      ) : null}
      {dialog === 'approve' ? <ApproveDialog request={request} onDone={done} onClose={() => setDialog(null)} /> : null}
      {dialog === 'decline' ? (
        <ReasonDialog
          title={t('collaboration.declineTitle')}
          okText={t('collaboration.decline')}
          danger
          submit={async (reason) => {
            await decline.mutateAsync({ ...on, reason });
            done();
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'progress'
        ? text(t('collaboration.progressTitle'), t('collaboration.post'), t('collaboration.progress'), (value) => progress.mutateAsync({ ...on, text: value }))
        : null}
      {dialog === 'result'
        ? text(t('collaboration.resultTitle'), t('collaboration.reportResult'), t('collaboration.result'), (value) => resolve.mutateAsync({ ...on, text: value }))
        : null}
      {dialog === 'reopen'
        ? text(t('collaboration.reopenTitle'), t('collaboration.reopen'), t('collaboration.furtherRequests'), (value) => reopen.mutateAsync({ ...on, text: value }))
        : null}
      {dialog === 'confirm' ? <ConfirmDialog request={request} onDone={done} onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
}

type ApproveValues = { helpingDepartment: string; owner: string };

function ApproveDialog({ request, onDone, onClose }: { request: CollaborationRequestDetails; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApproveValues>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const approve = useApproveRequest({
    mutationConfig: {
      onSuccess: onDone,
      onError: (error) => {
        const other = applyFieldErrors(form, error, ['helpingDepartment', 'owner']);
        setRefusal(!problemOf(error).errors || other.length > 0 ? error : null);
      },
    },
  });
  const required = [{ required: true, whitespace: true, message: t('collaboration.required') }];
  return (
    <Modal
      open
      title={t('collaboration.approveTitle')}
      okText={t('collaboration.approve')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={approve.isPending}
      onCancel={onClose}
    >
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} />
        </div>
      ) : null}
      <Form<ApproveValues>
        form={form}
        layout="vertical"
        initialValues={{ helpingDepartment: request.requestedDepartment ?? '' }}
        onFinish={(v) => {
          setRefusal(null);
          approve.mutate({ id: request.id, version: request.version, body: { helpingDepartment: v.helpingDepartment.trim(), owner: v.owner.trim() } });
        }}
      >
        <Form.Item name="helpingDepartment" label={t('collaboration.helpingDepartment')} rules={required} extra={t('collaboration.departmentHint')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="owner" label={t('collaboration.owner')} rules={required} extra={t('collaboration.ownerHint')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type ConfirmValues = { cooperationRating: number; effectRating: number; comment?: string };

function ConfirmDialog({ request, onDone, onClose }: { request: CollaborationRequestDetails; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConfirmValues>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const confirm = useConfirmRequest({
    mutationConfig: {
      onSuccess: onDone,
      onError: (error) => {
        const other = applyFieldErrors(form, error, ['cooperationRating', 'effectRating', 'comment']);
        setRefusal(!problemOf(error).errors || other.length > 0 ? error : null);
      },
    },
  });
  const rated = [{ required: true, message: t('collaboration.rateRequired') }];
  return (
    <Modal
      open
      title={t('collaboration.confirmTitle')}
      okText={t('collaboration.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={confirm.isPending}
      onCancel={onClose}
    >
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={refusal} />
        </div>
      ) : null}
      <Form<ConfirmValues>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setRefusal(null);
          confirm.mutate({
            id: request.id,
            version: request.version,
            body: { cooperationRating: v.cooperationRating, effectRating: v.effectRating, comment: v.comment?.trim() || null },
          });
        }}
      >
        <Form.Item name="cooperationRating" label={t('collaboration.cooperationRating')} rules={rated}>
          <Rate aria-label={t('collaboration.cooperationRating')} />
        </Form.Item>
        <Form.Item name="effectRating" label={t('collaboration.effectRating')} rules={rated}>
          <Rate aria-label={t('collaboration.effectRating')} />
        </Form.Item>
        <Form.Item name="comment" label={t('collaboration.comment')}>
          <Input.TextArea rows={2} maxLength={5_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
