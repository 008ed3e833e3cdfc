import { Button, Checkbox, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { modules, modulesWithApi } from '@/config/modules';
import { fieldErrors, problemOf } from '@/lib/problem';

import { useRegisterApiClient, type ApiClientWithKey, type RegisterApiClientInput } from '../api/register-api-client';

const formFields = ['name', 'scopes'] as const satisfies ReadonlyArray<keyof RegisterApiClientInput>;

type Props = { onRegistered: (registered: ApiClientWithKey) => void; onCancel: () => void };

/** Name and scopes (`<module>:read` / `<module>:write`) of a new integrator. */
export function RegisterApiClientForm({ onRegistered, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterApiClientInput>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const register = useRegisterApiClient({
    mutationConfig: {
      onSuccess: onRegistered,
      onError: (error) => {
        const { fields, other } = fieldErrors(problemOf(error), formFields);
        form.setFields(fields);
        setOtherErrors(other);
      },
    },
  });

  const scopeOptions = modules
    .filter((m) => modulesWithApi.includes(m.key))
    .flatMap((m) => [
      { value: `${m.api}:read`, label: `${t(`modules.${m.key}`)} · ${t('apiClients.scopeRead')}` },
      { value: `${m.api}:write`, label: `${t(`modules.${m.key}`)} · ${t('apiClients.scopeWrite')}` },
    ]);

  const problem = register.error ? problemOf(register.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  return (
    <Form<RegisterApiClientInput>
      form={form}
      layout="vertical"
      initialValues={{ scopes: [] }}
      disabled={register.isPending}
      onFinish={(body) => {
        setOtherErrors([]);
        register.mutate({ body: { ...body, name: body.name.trim() } });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={register.error} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="name" label={t('apiClients.name')} rules={[{ required: true, whitespace: true, message: t('apiClients.nameRequired') }]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('apiClients.scopes')}
        extra={t('apiClients.scopesHelp')}
        rules={[{ required: true, type: 'array', min: 1, message: t('apiClients.scopesRequired') }]}
      >
        <Checkbox.Group options={scopeOptions} style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8 }} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('apiClients.register')}
        </Button>
      </Flex>
    </Form>
  );
}
