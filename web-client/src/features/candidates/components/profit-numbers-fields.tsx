import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { CurrencySelect } from '@/components/ui/currency-select';
import { NumberField, type NumberBounds } from '@/components/ui/number-field';
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
  const currency = v.currency;
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

/** The server's bounds (ProfitNumbersRequest): amounts positive (shipping may be 0), sides and weight up to 10,000, days up to 3,650. */
const maxMeasure = 10_000;
const maxDays = 3650;

export const defaultNumbers: Partial<NumbersValues> = { currency: 'USD', shippingPerUnit: 0, transitDays: 30, size: { unitSystem: 'Metric' } as NumbersValues['size'] };

/** The fields of the numbers (proposal and what-if alike), in a grid that folds to two columns on a tablet. */
export function ProfitNumbersFields() {
  const { t } = useTranslation();
  const required = (field: string) => [{ required: true, message: t('candidates.fields.required', { field }) }];
  const money = (name: 'targetPrice' | 'unitCost' | 'shippingPerUnit', bounds: NumberBounds) => (
    <Col xs={24} sm={12} md={6}>
      <NumberField name={name} label={t(`candidates.fields.${name}`)} rules={required(t(`candidates.fields.${name}`))} {...bounds} inputProps={{ step: 0.01 }} />
    </Col>
  );
  const measure = (name: 'length' | 'width' | 'height' | 'weight') => (
    <Col xs={12} md={4}>
      <NumberField
        name={['size', name]}
        label={t(`candidates.fields.${name}`)}
        rules={required(t(`candidates.fields.${name}`))}
        above={0}
        max={maxMeasure}
        inputProps={{ step: 0.1 }}
      />
    </Col>
  );
  const count = (name: 'expectedMonthlyUnits' | 'firstOrderQuantity' | 'transitDays' | 'leadTimeDays', bounds: NumberBounds) => (
    <Col xs={24} sm={12} md={6}>
      <NumberField name={name} label={t(`candidates.fields.${name}`)} rules={required(t(`candidates.fields.${name}`))} integer {...bounds} />
    </Col>
  );

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name="currency" label={t('candidates.fields.currency')} rules={required(t('candidates.fields.currency'))}>
            <CurrencySelect />
          </Form.Item>
        </Col>
        {money('targetPrice', { above: 0 })}
        {money('unitCost', { above: 0 })}
        {money('shippingPerUnit', { min: 0 })}
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
        {count('expectedMonthlyUnits', { min: 1 })}
        {count('firstOrderQuantity', { min: 1 })}
        <Col xs={24} sm={12} md={6}>
          <NumberField name="daysToSell" label={t('candidates.fields.daysToSell')} extra={t('candidates.fields.daysToSellHelp')} min={1} max={maxDays} integer />
        </Col>
        {count('transitDays', { min: 0, max: maxDays })}
        {count('leadTimeDays', { min: 0, max: maxDays })}
      </Row>
    </>
  );
}
