import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { components } from '@/lib/api/schema';

import type { EstimateProfitInput } from '../api/estimate-profit';


type UnitSystem = components['schemas']['UnitSystem'];

/** The numbers of an estimate as the form holds them: one currency for every amount, the size with its units. */
export type NumbersValues = {
  currency: string;
  targetPrice: number;
  unitCost: number;
  shippingPerUnit: number;
  size: { length: number; width: number; height: number; weight: number; unitSystem: UnitSystem };
  expectedMonthlyUnits: number;
  firstOrderQuantity: number;
  daysToSell?: number | null;
  transitDays: number;
  leadTimeDays: number;
};

export const numbersPaths: readonly string[] = [
  'currency', 'targetPrice', 'unitCost', 'shippingPerUnit',
  'size.length', 'size.width', 'size.height', 'size.weight', 'size.unitSystem', 'size',
  'expectedMonthlyUnits', 'firstOrderQuantity', 'daysToSell', 'transitDays', 'leadTimeDays',
];

/** Every money's currency is one field here; the server names them per money. */
export const numbersAliases: Record<string, string> = {
  'targetPrice.currency': 'currency',
  'unitCost.currency': 'currency',
  'shippingPerUnit.currency': 'currency',
  size: 'size.unitSystem',
};

export const toNumbersBody = (v: NumbersValues): EstimateProfitInput => {
  const currency = v.currency.trim().toUpperCase();
  return {
    targetPrice: { amount: v.targetPrice, currency },
    unitCost: { amount: v.unitCost, currency },
    shippingPerUnit: { amount: v.shippingPerUnit, currency },
    size: { ...v.size },
    expectedMonthlyUnits: v.expectedMonthlyUnits,
    firstOrderQuantity: v.firstOrderQuantity,
    daysToSell: v.daysToSell ?? null,
    transitDays: v.transitDays,
    leadTimeDays: v.leadTimeDays,
  };
};

export const defaultNumbers: Partial<NumbersValues> = { currency: 'USD', shippingPerUnit: 0, transitDays: 30, size: { unitSystem: 'Metric' } as NumbersValues['size'] };

/** The fields of the numbers (proposal and what-if alike), in a grid that folds to two columns on a tablet. */
export function ProfitNumbersFields() {
  const { t } = useTranslation();
  const required = (field: string) => [{ required: true, message: t('candidates.fields.required', { field }) }];
  const money = (name: 'targetPrice' | 'unitCost' | 'shippingPerUnit') => (
    <Col xs={24} sm={12} md={6}>
      <Form.Item name={name} label={t(`candidates.fields.${name}`)} rules={required(t(`candidates.fields.${name}`))}>
        <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  const measure = (name: 'length' | 'width' | 'height' | 'weight') => (
    <Col xs={12} md={4}>
      <Form.Item name={['size', name]} label={t(`candidates.fields.${name}`)} rules={required(t(`candidates.fields.${name}`))}>
        <InputNumber min={0} step={0.1} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  const count = (name: 'expectedMonthlyUnits' | 'firstOrderQuantity' | 'transitDays' | 'leadTimeDays', min: number) => (
    <Col xs={24} sm={12} md={6}>
      <Form.Item name={name} label={t(`candidates.fields.${name}`)} rules={required(t(`candidates.fields.${name}`))}>
        <InputNumber min={min} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="currency" label={t('candidates.fields.currency')} rules={required(t('candidates.fields.currency'))}>
            <Input maxLength={3} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
        </Col>
        {money('targetPrice')}
        {money('unitCost')}
        {money('shippingPerUnit')}
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name={['size', 'unitSystem']} label={t('candidates.fields.unitSystem')} rules={required(t('candidates.fields.unitSystem'))}>
            <Select
              virtual={false}
              options={(['Metric', 'Imperial'] as const).map((u) => ({ value: u, label: t(`candidates.unitSystems.${u}`) }))}
            />
          </Form.Item>
        </Col>
        {measure('length')}
        {measure('width')}
        {measure('height')}
        {measure('weight')}
      </Row>
      <Row gutter={12}>
        {count('expectedMonthlyUnits', 1)}
        {count('firstOrderQuantity', 1)}
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="daysToSell" label={t('candidates.fields.daysToSell')} extra={t('candidates.fields.daysToSellHelp')}>
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {count('transitDays', 0)}
        {count('leadTimeDays', 0)}
      </Row>
    </>
  );
}
