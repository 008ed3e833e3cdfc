import { Button, Col, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '@/components/ui/currency-select';
import { DateInput } from '@/components/ui/date-input';
import { NumberField } from '@/components/ui/number-field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { applyFieldErrors, problemOf } from '@/lib/problem';

import type { ChannelDetails } from '../api/get-channel';
import { channelTypes, type ChannelType } from '../api/get-channels';
import type { RegisterChannelInput } from '../api/register-channel';

type Values = {
  code?: string;
  name: string;
  type: ChannelType;
  carrier: string;
  serviceLevel: string;
  costModel: { perShipment: number; perKg: number; perUnit: number; currency: string };
  transitDaysMin: number;
  transitDaysMax: number;
  destinationCountries?: string[];
  contractStart: Dayjs;
  contractEnd?: Dayjs | null;
};

export type ChannelFields = Omit<RegisterChannelInput, 'code'>;

const formFields = [
  'code', 'name', 'type', 'carrier', 'serviceLevel', 'costModel.perShipment', 'costModel.perKg', 'costModel.perUnit', 'costModel.currency',
  'transitDaysMin', 'transitDaysMax', 'destinationCountries', 'contractStart', 'contractEnd',
] as const;

const initialOf = (channel?: ChannelDetails): Partial<Values> =>
  channel
    ? {
        name: channel.name, type: channel.type, carrier: channel.carrier, serviceLevel: channel.serviceLevel, costModel: channel.costModel,
        transitDaysMin: channel.transitDaysMin, transitDaysMax: channel.transitDaysMax, destinationCountries: [...channel.destinationCountries],
        contractStart: dayjs(channel.contractStart), contractEnd: channel.contractEnd ? dayjs(channel.contractEnd) : null,
      }
    : { costModel: { perShipment: 0, perKg: 0, perUnit: 0, currency: 'USD' }, destinationCountries: [] };

/**
 * A channel's fields, to register one (with its code) or change one. Field errors of the server land on their fields
 * (`costModel.currency` on the currency); any other refusal shows above the form.
 */
export function ChannelForm({
  channel,
  submitText,
  submit,
  onCancel,
}: {
  channel?: ChannelDetails;
  submitText: string;
  /** Sends the fields (and the code, when registering); resolves when the server accepted them. */
  submit: (fields: ChannelFields, code: string) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onSubmit = async (fields: ChannelFields, code: string) => {
    setPending(true);
    setError(null);
    try {
      await submit(fields, code);
    } catch (refusal) {
      setOtherErrors(applyFieldErrors(form, refusal, formFields));
      setError(refusal);
    } finally {
      setPending(false);
    }
  };
  const problem = error ? problemOf(error) : null;
  const showAlert = problem !== null && (!problem.errors || otherErrors.length > 0);
  const required = [{ required: true, message: t('channels.required') }];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialOf(channel)}
      disabled={pending}
      onFinish={(v) => {
        setOtherErrors([]);
        void onSubmit(
          {
            name: v.name.trim(), type: v.type, carrier: v.carrier.trim(), serviceLevel: v.serviceLevel.trim(), costModel: v.costModel,
            transitDaysMin: v.transitDaysMin, transitDaysMax: v.transitDaysMax,
            destinationCountries: (v.destinationCountries ?? []).map((c) => c.trim().toUpperCase()),
            contractStart: v.contractStart.format('YYYY-MM-DD'), contractEnd: v.contractEnd ? v.contractEnd.format('YYYY-MM-DD') : null,
          },
          (v.code ?? '').trim(),
        );
      }}
    >
      {showAlert ? (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={error} extra={otherErrors} />
        </div>
      ) : null}
      <Row gutter={12}>
        {channel ? null : (
          <Col span={8}>
            <Form.Item name="code" label={t('channels.fields.code')} rules={required}>
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
        )}
        <Col span={channel ? 24 : 16}>
          <Form.Item name="name" label={t('channels.fields.name')} rules={required}>
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="type" label={t('channels.fields.type')} rules={required}>
            <Select virtual={false} options={channelTypes.map((type) => ({ value: type, label: t(`channels.types.${type}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="carrier" label={t('channels.fields.carrier')} rules={required}>
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="serviceLevel" label={t('channels.fields.serviceLevel')} rules={required}>
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <NumberField name={['costModel', 'perShipment']} label={t('channels.fields.perShipment')} rules={required} min={0} />
        </Col>
        <Col span={6}>
          <NumberField name={['costModel', 'perKg']} label={t('channels.fields.perKg')} rules={required} min={0} />
        </Col>
        <Col span={6}>
          <NumberField name={['costModel', 'perUnit']} label={t('channels.fields.perUnit')} rules={required} min={0} />
        </Col>
        <Col span={6}>
          <Form.Item name={['costModel', 'currency']} label={t('channels.fields.currency')} rules={required}>
            <CurrencySelect />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={6}>
          <NumberField name="transitDaysMin" label={t('channels.fields.transitDaysMin')} rules={required} min={0} max={365} integer />
        </Col>
        <Col span={6}>
          <NumberField name="transitDaysMax" label={t('channels.fields.transitDaysMax')} rules={required} min={1} max={365} integer />
        </Col>
        <Col span={12}>
          <Form.Item name="destinationCountries" label={t('channels.fields.destinationCountries')}>
            <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="contractStart" label={t('channels.fields.contractStart')} rules={required}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contractEnd" label={t('channels.fields.contractEnd')}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={pending}>
          {submitText}
        </Button>
      </Flex>
    </Form>
  );
}
