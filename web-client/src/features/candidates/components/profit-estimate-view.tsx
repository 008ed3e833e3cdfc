import { Alert, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatMeasure, formatMoney, formatNumber, formatPercent } from '@/lib/format';

import type { ProfitEstimate } from '../api/get-profit-estimate';

type Money = ProfitEstimate['perUnit']['margin'];

const column = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 };

/** The estimate's result (price, every cost, profit, margin, capital check) beside the inputs it was computed from. */
export function ProfitEstimateView({ estimate, label }: { estimate: ProfitEstimate; label: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (value: Money) => formatMoney(value, language) ?? '';
  const percent = (value: number) => formatPercent(value / 100, language, 2) ?? '';
  const lb = (value: number) => `${formatMeasure(value, language)} lb`;
  const inches = (value: number) => formatMeasure(value, language);
  const count = (value: number) => formatNumber(value, language);
  const { perUnit, fulfilment, capital, inputs } = estimate;
  const minimum = percent(estimate.minMarginPercent);

  return (
    <section aria-label={label}>
      <Alert
        role="note"
        type={estimate.marginBelowMinimum ? 'warning' : 'success'}
        showIcon
        title={estimate.marginBelowMinimum ? t('candidates.estimate.belowMinimum', { minimum }) : t('candidates.estimate.meetsMinimum', { minimum })}
        style={{ marginBottom: 12 }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Descriptions size="small" bordered column={1} title={t('candidates.estimate.result')}>
            <Descriptions.Item label={t('candidates.estimate.price')}>{money(perUnit.targetPrice)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.landedCost')}>{money(perUnit.landedCost)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.referralFee', { percent: percent(perUnit.referralFeePercent) })}>
              {money(perUnit.referralFee)}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.fulfilmentFee')}>{money(perUnit.fulfilmentFee)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.adCost', { percent: percent(perUnit.expectedAcosPercent) })}>
              {money(perUnit.adCost)}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.totalCost')}>{money(perUnit.totalCost)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.profit')}>
              <Typography.Text strong>{money(perUnit.margin)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.margin')}>
              <Typography.Text strong type={estimate.marginBelowMinimum ? 'danger' : undefined}>
                {percent(perUnit.marginPercent)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.roi')}>{percent(perUnit.roiPercent)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.minimum')}>{minimum}</Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={12}>
          <Descriptions size="small" bordered column={1} title={t('candidates.estimate.inputs')}>
            <Descriptions.Item label={t('candidates.fields.targetPrice')}>{formatMoney(inputs.targetPrice, language)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.unitCost')}>{formatMoney(inputs.unitCost, language)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.shippingPerUnit')}>{formatMoney(inputs.shippingPerUnit, language)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.overview.sizeConverted')}>
              {t('candidates.estimate.dims', {
                length: inches(inputs.size.lengthIn),
                width: inches(inputs.size.widthIn),
                height: inches(inputs.size.heightIn),
                weight: lb(inputs.size.weightLb),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.expectedMonthlyUnits')}>{count(inputs.expectedMonthlyUnits)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.firstOrderQuantity')}>{count(inputs.firstOrderQuantity)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.daysToSell')}>
              {count(capital.daysToSell)}
              {capital.daysToSellDerived ? ` (${t('candidates.overview.daysToSellDerived')})` : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.transitDays')}>{count(inputs.transitDays)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.fields.leadTimeDays')}>{count(inputs.leadTimeDays)}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
            {t('candidates.estimate.inputsHelp')}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} lg={12}>
          <Descriptions size="small" bordered column={column} title={t('candidates.estimate.fulfilment')}>
            <Descriptions.Item label={t('candidates.estimate.sizeTier')}>{t(`candidates.sizeTiers.${fulfilment.sizeTier}`)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.sides')}>
              {inches(fulfilment.longestIn)} × {inches(fulfilment.medianIn)} × {inches(fulfilment.shortestIn)} in
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.unitWeight')}>{lb(fulfilment.unitWeightLb)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.dimensionalWeight', { divisor: count(fulfilment.dimensionalWeightDivisor) })}>
              {lb(fulfilment.dimensionalWeightLb)}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.billableWeight')}>{lb(fulfilment.billableWeightLb)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.priceBand')}>{t(`candidates.priceBands.${fulfilment.priceBand}`)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.band')}>
              {fulfilment.bandUpToLb === null || fulfilment.bandUpToLb === undefined
                ? t('candidates.estimate.bandOpen', { from: formatMeasure(fulfilment.bandFromLb, language) })
                : t('candidates.estimate.bandRange', { from: formatMeasure(fulfilment.bandFromLb, language), to: formatMeasure(fulfilment.bandUpToLb, language) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.bandFee')}>{money(fulfilment.bandFee)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.perLbAbove', { pounds: formatMeasure(fulfilment.poundsAbove, language) })}>
              {money(fulfilment.feePerLbAbove)}
            </Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.fulfilmentFee')}>{money(fulfilment.fee)}</Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} lg={12}>
          <Descriptions size="small" bordered column={1} title={t('candidates.estimate.capital')}>
            <Descriptions.Item label={t('candidates.estimate.investment')}>{money(capital.investment)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.maxInvestment')}>{money(capital.maxInvestmentPerSku)}</Descriptions.Item>
            <Descriptions.Item label={t('candidates.estimate.cashTurnover')}>
              {t('candidates.estimate.days', { count: capital.cashTurnoverDays })} (
              {t('candidates.estimate.turnoverParts', { lead: count(capital.leadTimeDays), transit: count(capital.transitDays), selling: count(capital.daysToSell) })})
            </Descriptions.Item>
          </Descriptions>
          {capital.overMaxInvestment ? (
            <Alert type="warning" role="note" showIcon title={t('candidates.estimate.overMaxInvestment')} style={{ marginTop: 8 }} />
          ) : null}
        </Col>
      </Row>
    </section>
  );
}
