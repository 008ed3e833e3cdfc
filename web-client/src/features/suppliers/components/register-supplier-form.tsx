import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Divider, Flex, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CountrySelect } from '@/components/ui/country-select';
import { NumberField } from '@/components/ui/number-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import { useRegisterSupplier, type RegisteredSupplier } from '../api/register-supplier';

import { DocumentFields, toDocumentRequest, type DocumentValues } from './document-fields';

type Values = {
  name: string;
  contact: { person: string; email: string; phone?: string };
  country: string;
  monthlyCapacityUnits: number;
  documents: DocumentValues[];
};

const fieldPatterns = [
  'name', 'contact', 'contact.person', 'contact.email', 'contact.phone', 'country', 'monthlyCapacityUnits', 'documents',
  'documents.*', 'documents.*.kind', 'documents.*.name', 'documents.*.number', 'documents.*.issuedOn', 'documents.*.expiresOn',
];

type RegisterSupplierFormProps = { onRegistered: (supplier: RegisteredSupplier) => void; onCancel: () => void };

/**
 * Registers a supplier with its contact, country, capacity and any qualification documents. The
 * server's validation errors land on the fields they name (`contact.email`, `documents[0].expiresOn`);
 * any other refusal is shown above the form with its code.
 */
export function RegisterSupplierForm({ onRegistered, onCancel }: RegisterSupplierFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // One key per form: resubmitting after a lost response cannot register the supplier twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  const register = useRegisterSupplier({
    mutationConfig: {
      onSuccess: onRegistered,
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, fieldPatterns)),
    },
  });

  const problem = register.error ? problemOf(register.error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark
      initialValues={{ documents: [] }}
      disabled={register.isPending}
      onFinish={(values) => {
        setOtherErrors([]);
        register.mutate({
          idempotencyKey,
          body: {
            name: values.name.trim(),
            contact: { person: values.contact.person.trim(), email: values.contact.email.trim(), phone: values.contact.phone?.trim() || null },
            country: values.country,
            monthlyCapacityUnits: values.monthlyCapacityUnits,
            documents: values.documents.map(toDocumentRequest),
          },
        });
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={register.error} extra={otherErrors} />
        </div>
      ) : null}
      <Form.Item name="name" label={t('suppliers.name')} rules={[{ required: true, whitespace: true, message: t('suppliers.nameRequired') }]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['contact', 'person']}
            label={t('suppliers.contactPerson')}
            rules={[{ required: true, whitespace: true, message: t('suppliers.personRequired') }]}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['contact', 'email']}
            label={t('suppliers.contactEmail')}
            rules={[
              { required: true, message: t('suppliers.emailRequired') },
              { type: 'email', message: t('suppliers.emailInvalid') },
            ]}
          >
            <Input inputMode="email" maxLength={254} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['contact', 'phone']} label={t('suppliers.contactPhone')}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="country" label={t('suppliers.country')} extra={t('suppliers.countryHelp')} rules={[{ required: true, message: t('suppliers.countryRequired') }]}>
            <CountrySelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <NumberField
            name="monthlyCapacityUnits"
            label={t('suppliers.monthlyCapacity')}
            rules={[{ required: true, message: t('suppliers.capacityRequired') }]}
            min={1}
            integer
          />
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('suppliers.qualificationDocuments')}
      </Divider>
      <Form.List name="documents">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={t('suppliers.documentNumberN', { n: index + 1 })}
                extra={
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('suppliers.removeDocumentRow')} />
                }
              >
                <DocumentFields prefix={[field.name]} />
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('suppliers.addDocumentRow')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('suppliers.submitRegister')}
        </Button>
      </Flex>
    </Form>
  );
}
