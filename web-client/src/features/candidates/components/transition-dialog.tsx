import { Alert, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';


/** A dialog's form and how the server's answer reaches it: field errors on fields, the rest in the alert. */
export type DialogForm<V> = ReturnType<typeof useDialogForm<V>>;

export function useDialogForm<V>(fields: readonly string[]) {
  const [form] = Form.useForm<V>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  return {
    form,
    otherErrors,
    clear: () => setOtherErrors([]),
    onError: (error: unknown) => setOtherErrors(applyFieldErrors(form, error, fields)),
  };
}

type Props<V> = {
  title: string;
  okText: string;
  danger?: boolean;
  help?: ReactNode;
  /** The dialog's form and the server's messages that belong to no field (useDialogForm). */
  dialog: DialogForm<V>;
  /** The transition's mutation: its refusal and whether it is on its way. */
  mutation: { error: unknown; isPending: boolean };
  /** The messages to show above the form, when not all of the dialog's. */
  otherErrors?: readonly string[];
  initialValues?: Partial<V>;
  onFinish: (values: V) => void;
  onClose: () => void;
  children?: ReactNode;
};

/**
 * One transition of a candidate, asked for in a dialog. Whatever the server refuses (a rule's 409 with its code, a
 * stale version's 412, a 403) is shown here with its detail, so the person learns why.
 */
export function TransitionDialog<V>({ title, okText, danger, help, dialog, mutation, otherErrors = dialog.otherErrors, initialValues, onFinish, onClose, children }: Props<V>) {
  const { form } = dialog;
  const { error, isPending: pending } = mutation;
  const problem = error ? problemOf(error) : null;
  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger, autoInsertSpace: false }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      width={children ? 640 : 480}
    >
      {help ? <Alert type="info" role="note" showIcon title={help} style={{ marginBottom: 16 }} /> : null}
      {problem && (!problem.errors || otherErrors.length > 0) ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} extra={otherErrors} />
        </div>
      ) : null}
      <Form<V> form={form} name="candidate-dialog" layout="vertical" initialValues={initialValues} onFinish={(values) => {
          dialog.clear();
          onFinish(values);
        }} disabled={pending}>
        {children}
      </Form>
    </Modal>
  );
}
