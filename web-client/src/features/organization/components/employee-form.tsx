import { Button, Checkbox, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { fieldErrors, problemOf } from '@/lib/problem';
import { storeLabel, useStores } from '@/lib/stores';

import { useChangeEmployee } from '../api/change-employee';
import type { Employee } from '../api/get-employees';
import { useEmployees } from '../api/get-employees';
import { usePositions } from '../api/get-positions';
import { useHireEmployee, type HireEmployeeInput } from '../api/hire-employee';

type Values = HireEmployeeInput;

const formFields = ['name', 'email', 'positionId', 'managerEmployeeId', 'storeIds', 'skus', 'createAccount', 'initialPassword'] as const satisfies ReadonlyArray<keyof Values>;

type EmployeeFormProps = { employee?: Employee; onDone: (employee: Employee) => void; onCancel: () => void };

/**
 * Hires an employee, or changes one (`employee` given: If-Match with its version). The server's field
 * errors land on their fields; a broken rule (unknown position, a manager who left…) is shown above.
 */
export function EmployeeForm({ employee, onDone, onCancel }: EmployeeFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createAccount = Form.useWatch('createAccount', form);
  const positions = usePositions();
  const stores = useStores();
  const managers = useEmployees({ page: 1, pageSize: 100, status: 'Active' });
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const mutationConfig = {
    onSuccess: (done: Employee) => onDone(done),
    onError: (error: unknown) => {
      const { fields, other } = fieldErrors(problemOf(error), formFields);
      form.setFields(fields);
      setOtherErrors(other);
    },
  };
  const hire = useHireEmployee({ mutationConfig });
  const change = useChangeEmployee({ mutationConfig });
  const pending = hire.isPending || change.isPending;
  const error = employee ? change.error : hire.error;
  const problem = error ? problemOf(error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  const submit = (values: Values) => {
    setOtherErrors([]);
    const profile = {
      name: values.name.trim(),
      positionId: values.positionId,
      managerEmployeeId: values.managerEmployeeId ?? null,
      storeIds: values.storeIds ?? [],
      skus: (values.skus ?? []).map((s) => s.trim()).filter(Boolean),
    };
    if (employee) change.mutate({ id: employee.id, version: employee.version, body: profile });
    else
      hire.mutate({
        body: { ...profile, email: values.email.trim(), createAccount: values.createAccount, initialPassword: values.createAccount ? values.initialPassword : null },
        idempotencyKey,
      });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark
      disabled={pending}
      initialValues={employee ? { ...employee, createAccount: false } : { storeIds: [], skus: [], createAccount: false }}
      onFinish={submit}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="name" label={t('employees.name')} rules={[{ required: true, whitespace: true, message: t('employees.nameRequired') }]}>
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
      {employee ? null : (
        <Form.Item
          name="email"
          label={t('employees.email')}
          rules={[
            { required: true, message: t('employees.emailRequired') },
            { type: 'email', message: t('employees.emailInvalid') },
          ]}
        >
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="positionId" label={t('employees.position')} rules={[{ required: true, message: t('employees.positionRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={positions.isPending}
          virtual={false}
          options={(positions.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
      </Form.Item>
      <Form.Item name="managerEmployeeId" label={t('employees.manager')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={managers.isPending}
          virtual={false}
          options={(managers.data?.items ?? []).filter((m) => m.id !== employee?.id).map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      <Form.Item name="storeIds" label={t('employees.stores')}>
        <Select mode="multiple" virtual={false} loading={stores.isPending} options={(stores.data ?? []).map((s) => ({ value: s.id, label: storeLabel(s) }))} />
      </Form.Item>
      <Form.Item name="skus" label={t('employees.skus')} extra={t('employees.skusHelp')}>
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
      </Form.Item>
      {employee ? null : (
        <>
          <Form.Item name="createAccount" valuePropName="checked" extra={t('employees.createAccountHelp')}>
            <Checkbox>{t('employees.createAccount')}</Checkbox>
          </Form.Item>
          {createAccount ? (
            <Form.Item name="initialPassword" label={t('employees.initialPassword')} rules={[{ required: true, message: t('employees.passwordRequired') }]}>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          ) : null}
        </>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {employee ? t('common.save') : t('employees.hireSubmit')}
        </Button>
      </Flex>
    </Form>
  );
}
