import { Button, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useCreateUser, type CreateUserInput, type CreatedUser } from '../api/create-user';

import { useRoleOptions } from './role-tags';

const formFields = ['email', 'displayName', 'password', 'roles'] as const satisfies ReadonlyArray<keyof CreateUserInput>;

type CreateUserFormProps = { onCreated: (user: CreatedUser) => void; onCancel: () => void };

/**
 * Creates an account. The server's validation errors land on the fields they name; any other
 * refusal (e.g. `user.email_must_be_unique`) is shown above the form with its code.
 */
export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateUserInput>();
  const roleOptions = useRoleOptions();
  // One key per form: resubmitting after a lost response cannot create a second account.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const createUser = useCreateUser({
    mutationConfig: {
      onSuccess: (user) => onCreated(user),
      onError: (error) => {
        const { fields, other } = fieldErrors(problemOf(error), formFields);
        form.setFields(fields);
        setOtherErrors(other);
      },
    },
  });

  // A field error from the server would otherwise stick after the person corrects the field.
  const problem = createUser.error ? problemOf(createUser.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  return (
    <Form<CreateUserInput>
      form={form}
      layout="vertical"
      requiredMark
      initialValues={{ roles: [] }}
      disabled={createUser.isPending}
      onFinish={(body) => {
        setOtherErrors([]);
        createUser.mutate({ body: { ...body, email: body.email.trim() }, idempotencyKey });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={createUser.error} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item
        name="email"
        label={t('users.email')}
        rules={[
          { required: true, message: t('users.emailRequired') },
          { type: 'email', message: t('users.emailInvalid') },
        ]}
      >
        {/* Checked by the form (in the UI language), not by the browser's own bubble. */}
        <Input inputMode="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.displayName')} rules={[{ required: true, message: t('users.displayNameRequired') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('users.password')}
        extra={t('users.passwordHelp')}
        rules={[{ required: true, message: t('users.passwordRequired') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, message: t('users.rolesRequired') }]}>
        <Select mode="multiple" options={roleOptions} optionFilterProp="label" virtual={false} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={createUser.isPending}>
          {t('users.create')}
        </Button>
      </Flex>
    </Form>
  );
}
