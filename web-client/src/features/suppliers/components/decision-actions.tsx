import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/ui/notifications';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useCan } from '@/lib/auth';
import { applyFieldErrors, isValidationProblem, problemOf } from '@/lib/problem';

import { useApproveSupplier } from '../api/approve-supplier';
import { useApproveSupplierConditionally } from '../api/approve-supplier-conditionally';
import type { SupplierDetails } from '../api/get-supplier';
import type { SupplierStatus } from '../api/get-suppliers';
import { useReinstateSupplier } from '../api/reinstate-supplier';
import { useRejectSupplier } from '../api/reject-supplier';
import { useSuspendSupplier } from '../api/suspend-supplier';


type Decision = 'approve' | 'approveConditionally' | 'reject' | 'suspend' | 'reinstate';

/** Which decisions a status allows (Supplier.cs); the server still refuses by grade, e.g. approving grade C. */
const allowedBy: Record<Decision, readonly SupplierStatus[]> = {
  approve: ['Evaluated', 'Conditional'],
  approveConditionally: ['Evaluated', 'Approved', 'Conditional'],
  reject: ['Evaluated', 'Approved', 'Conditional'],
  suspend: ['Approved', 'Conditional'],
  reinstate: ['Suspended'],
};

const order: readonly Decision[] = ['approve', 'approveConditionally', 'reject', 'suspend', 'reinstate'];

/** The decisions an ops manager or admin may take on the supplier in its current status. */
export function DecisionActions({ supplier }: { supplier: SupplierDetails }) {
  const { t } = useTranslation();
  const canDecide = useCan('suppliers:decide');
  const [open, setOpen] = useState<Decision | null>(null);
  if (!canDecide) return null;
  const available = order.filter((d) => allowedBy[d].includes(supplier.status));

  return (
    <>
      {available.map((decision) => (
        <Button
          key={decision}
          type={decision === 'approve' ? 'primary' : 'default'}
          danger={decision === 'reject' || decision === 'suspend'}
          onClick={() => setOpen(decision)}
        >
          {t(`suppliers.decisions.${decision}`)}
        </Button>
      ))}
      {open ? <DecisionDialog decision={open} supplier={supplier} onClose={() => setOpen(null)} /> : null}
    </>
  );
}

type Values = { reason?: string; conditions?: string };

const titles = {
  approve: 'suppliers.decisions.approveTitle',
  approveConditionally: 'suppliers.decisions.approveConditionallyTitle',
  reject: 'suppliers.decisions.rejectTitle',
  suspend: 'suppliers.decisions.suspendTitle',
  reinstate: 'suppliers.decisions.reinstateTitle',
} as const;

const done = {
  approve: 'suppliers.decisions.approved',
  approveConditionally: 'suppliers.decisions.approvedConditionally',
  reject: 'suppliers.decisions.rejected',
  suspend: 'suppliers.decisions.suspended',
  reinstate: 'suppliers.decisions.reinstated',
} as const;

/**
 * One decision with its fields (conditions, or a reason), sent with the version on screen. A refusal
 * (409 with its rule, 412 when someone changed the supplier meanwhile) stays in the dialog with its detail.
 */
function DecisionDialog({ decision, supplier, onClose }: { decision: Decision; supplier: SupplierDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const mutationConfig = {
    onSuccess: (changed: SupplierDetails) => {
      notify.success(t(done[decision], { name: changed.name }));
      onClose();
    },
    onError: (error: unknown) => void applyFieldErrors(form, error, ['reason', 'conditions']),
  };
  const approve = useApproveSupplier({ mutationConfig });
  const approveConditionally = useApproveSupplierConditionally({ mutationConfig });
  const reject = useRejectSupplier({ mutationConfig });
  const suspend = useSuspendSupplier({ mutationConfig });
  const reinstate = useReinstateSupplier({ mutationConfig });
  const mutation = { approve, approveConditionally, reject, suspend, reinstate }[decision];

  const submit = (values: Values) => {
    const target = { id: supplier.id, version: supplier.version };
    const reason = values.reason?.trim() ?? '';
    switch (decision) {
      case 'approve':
        return approve.mutate(target);
      case 'approveConditionally':
        return approveConditionally.mutate({ ...target, body: { conditions: values.conditions?.trim() ?? '' } });
      case 'reject':
        return reject.mutate({ ...target, body: { reason } });
      case 'suspend':
        return suspend.mutate({ ...target, body: { reason } });
      case 'reinstate':
        return reinstate.mutate({ ...target, body: { reason } });
    }
  };

  const refusal = mutation.isError && !isValidationProblem(problemOf(mutation.error));

  return (
    <Modal
      open
      title={t(titles[decision], { name: supplier.name })}
      okText={t(`suppliers.decisions.${decision}`)}
      okButtonProps={{ danger: decision === 'reject' || decision === 'suspend' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {refusal ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={mutation.error} />
        </div>
      ) : null}
      {decision === 'reject' ? <Alert type="warning" showIcon title={t('suppliers.decisions.rejectWarning')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        {decision === 'approve' ? (
          <Typography.Paragraph>{t('suppliers.decisions.approveText', { grade: supplier.grade ?? t('common.noValue') })}</Typography.Paragraph>
        ) : decision === 'approveConditionally' ? (
          <Form.Item
            name="conditions"
            label={t('suppliers.conditions')}
            initialValue={supplier.conditions ?? undefined}
            rules={[{ required: true, whitespace: true, message: t('suppliers.decisions.conditionsRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        ) : (
          <Form.Item
            name="reason"
            label={t('suppliers.decisions.reason')}
            rules={[{ required: true, whitespace: true, message: t('suppliers.decisions.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
