import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Empty, Flex, Form, Input, Modal, Row } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '@/components/ui/currency-select';
import { DateInput } from '@/components/ui/date-input';
import { ResponsiveTable } from '@/components/ui/responsive-table';
import { useNotify } from '@/components/ui/notifications';
import { NumberField } from '@/components/ui/number-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import type { components } from '@/lib/api/schema';
import { useCan } from '@/lib/auth';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';
import { applyFieldErrors, isValidationProblem, problemOf } from '@/lib/problem';

import type { SupplierDetails } from '../api/get-supplier';
import { useSignAgreement } from '../api/sign-agreement';


type Agreement = components['schemas']['SupplierAgreement'];

/** The agreements signed with the supplier, and "Sign an agreement". */
export function AgreementsTab({ supplier }: { supplier: SupplierDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canWrite = useCan('suppliers:write');
  const [signing, setSigning] = useState(false);

  const columns: ColumnsType<Agreement> = [
    {
      title: t('suppliers.agreements.period'),
      key: 'period',
      render: (_, a) => `${formatDate(a.startsOn, language) ?? ''} – ${formatDate(a.endsOn, language) ?? ''}`,
    },
    { title: t('suppliers.agreements.unitPrice'), key: 'unitPrice', align: 'right', render: (_, a) => formatMoney(a.unitPrice, language) },
    { title: t('suppliers.agreements.leadTimeDays'), key: 'leadTimeDays', align: 'right', render: (_, a) => formatNumber(a.leadTimeDays, language) },
    { title: t('suppliers.agreements.moq'), key: 'moq', align: 'right', render: (_, a) => formatNumber(a.moq, language) },
    { title: t('suppliers.agreements.priceTerms'), key: 'priceTerms', dataIndex: 'priceTerms' },
    { title: t('suppliers.agreements.paymentTerms'), key: 'paymentTerms', dataIndex: 'paymentTerms' },
    { title: t('suppliers.agreements.afterSalesTerms'), key: 'afterSalesTerms', dataIndex: 'afterSalesTerms' },
  ];

  return (
    <Flex vertical gap={16}>
      {canWrite ? (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setSigning(true)}>
            {t('suppliers.agreements.sign')}
          </Button>
        </Flex>
      ) : null}
      <ResponsiveTable<Agreement>
        rowKey="agreementId"
        size="small"
        columns={columns}
        dataSource={supplier.agreements}
        pagination={false}
        locale={{ emptyText: <Empty description={t('suppliers.agreements.empty')} /> }}
      />
      {signing ? <SignAgreementDialog supplier={supplier} onClose={() => setSigning(false)} /> : null}
    </Flex>
  );
}

type Values = {
  priceTerms: string;
  unitPrice: { amount: number; currency: string };
  leadTimeDays: number;
  moq: number;
  paymentTerms: string;
  afterSalesTerms: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
};

const fieldPatterns = [
  'priceTerms', 'unitPrice', 'unitPrice.amount', 'unitPrice.currency', 'leadTimeDays', 'moq', 'paymentTerms', 'afterSalesTerms', 'startsOn', 'endsOn',
];

function SignAgreementDialog({ supplier, onClose }: { supplier: SupplierDetails; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const sign = useSignAgreement({
    mutationConfig: {
      onSuccess: () => {
        notify.success(t('suppliers.agreements.signed'));
        onClose();
      },
      onError: (error) => setOtherErrors(applyFieldErrors(form, error, fieldPatterns)),
    },
  });
  const problem = sign.error ? problemOf(sign.error) : null;
  const showAlert = problem !== null && (!isValidationProblem(problem) || otherErrors.length > 0);
  const required = { required: true, message: t('suppliers.agreements.required') };
  const text = [{ ...required, whitespace: true }];

  return (
    <Modal
      open
      title={t('suppliers.agreements.signTitle', { name: supplier.name })}
      okText={t('suppliers.agreements.sign')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={sign.isPending}
      width={720}
      destroyOnHidden
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={sign.error} extra={otherErrors} />
        </div>
      ) : supplier.status !== 'Approved' && supplier.status !== 'Conditional' ? (
        <Alert type="info" showIcon title={t('suppliers.agreements.onlyApproved')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitPrice: { currency: 'USD' } }}
        onFinish={(v) => {
          setOtherErrors([]);
          sign.mutate({
            id: supplier.id,
            version: supplier.version,
            body: {
              priceTerms: v.priceTerms.trim(),
              unitPrice: { amount: v.unitPrice.amount, currency: v.unitPrice.currency },
              leadTimeDays: v.leadTimeDays,
              moq: v.moq,
              paymentTerms: v.paymentTerms.trim(),
              afterSalesTerms: v.afterSalesTerms.trim(),
              startsOn: v.startsOn?.format('YYYY-MM-DD') ?? '',
              endsOn: v.endsOn?.format('YYYY-MM-DD') ?? '',
            },
          });
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <NumberField name={['unitPrice', 'amount']} label={t('suppliers.agreements.unitPrice')} rules={[required]} above={0} inputProps={{ step: 0.01 }} />
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['unitPrice', 'currency']} label={t('suppliers.agreements.currency')} rules={[required]}>
              <CurrencySelect />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <NumberField name="leadTimeDays" label={t('suppliers.agreements.leadTimeDays')} rules={[required]} min={1} integer />
          </Col>
          <Col xs={24} sm={12}>
            <NumberField name="moq" label={t('suppliers.agreements.moq')} rules={[required]} min={1} integer />
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="startsOn" label={t('suppliers.agreements.startsOn')} rules={[required]}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="endsOn"
              label={t('suppliers.agreements.endsOn')}
              dependencies={['startsOn']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const starts = getFieldValue('startsOn') as Dayjs | undefined;
                    return !value || !starts || value.isAfter(starts, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('suppliers.agreements.endsAfterStarts')));
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="priceTerms" label={t('suppliers.agreements.priceTerms')} rules={text}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="paymentTerms" label={t('suppliers.agreements.paymentTerms')} rules={text}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="afterSalesTerms" label={t('suppliers.agreements.afterSalesTerms')} rules={text}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
