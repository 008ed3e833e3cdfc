import { Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ResponsiveTable } from '@/components/ui/responsive-table';
import { currentLanguage } from '@/i18n';
import { formatDate, formatDateTime, formatMeasure, formatMoney, formatNumber, formatPercent } from '@/lib/format';

import type { Candidate, Quote, Sample } from '../api/get-candidate';

import type { CandidateDialog } from './candidate-dialogs';
import { ActionButton, optionOf, refusedByRole } from './candidate-funnel';
import { StageTag } from './stage-tag';

const descriptionColumns = { xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 };

const closedStages: readonly Candidate['stage'][] = ['Approved', 'Rejected', 'Shelved'];

/** A titled list of records under the overview (screenings, margin overrides). */
function OverviewList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginTop: 16 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Flex vertical gap={12} style={{ marginTop: 8 }}>
        {children}
      </Flex>
    </section>
  );
}

export function OverviewSection({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = candidate.numbers;
  const given = candidate.sizeAsGiven;
  const [lengthUnit, weightUnit] = given.unitSystem === 'Metric' ? ['cm', 'kg'] : ['in', 'lb'];
  const none = t('common.noValue');
  return (
    <>
      <Descriptions size="small" bordered column={descriptionColumns}>
        <Descriptions.Item label={t('candidates.fields.name')}>{candidate.name}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.category')}>{candidate.category}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.marketplace')}>{candidate.marketplace}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.researchId')}>{candidate.researchId ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.differentiationIdea')} span={descriptionColumns}>
          {candidate.differentiationIdea}
        </Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.targetPrice')}>{formatMoney(n.targetPrice, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.unitCost')}>{formatMoney(n.unitCost, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.shippingPerUnit')}>{formatMoney(n.shippingPerUnit, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.overview.sizeAsGiven')}>
          {t('candidates.estimate.dims', {
            length: formatMeasure(given.length, language),
            width: formatMeasure(given.width, language),
            height: `${formatMeasure(given.height, language)} ${lengthUnit}`,
            weight: `${formatMeasure(given.weight, language)} ${weightUnit}`,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('candidates.overview.sizeConverted')}>
          {t('candidates.estimate.dims', {
            length: formatMeasure(n.size.lengthIn, language),
            width: formatMeasure(n.size.widthIn, language),
            height: `${formatMeasure(n.size.heightIn, language)} in`,
            weight: `${formatMeasure(n.size.weightLb, language)} lb`,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.expectedMonthlyUnits')}>{formatNumber(n.expectedMonthlyUnits, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.firstOrderQuantity')}>{formatNumber(n.firstOrderQuantity, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.daysToSell')}>{n.daysToSell === null || n.daysToSell === undefined ? t('candidates.overview.daysToSellDerived') : formatNumber(n.daysToSell, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.transitDays')}>{formatNumber(n.transitDays, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.fields.leadTimeDays')}>{formatNumber(n.leadTimeDays, language)}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.overview.proposedBy')}>{candidate.proposedBy}</Descriptions.Item>
        <Descriptions.Item label={t('candidates.overview.proposedAt')}>{formatDateTime(candidate.proposedAt, language)}</Descriptions.Item>
        {candidate.sku ? <Descriptions.Item label={t('candidates.overview.sku')}>{candidate.sku}</Descriptions.Item> : null}
        {candidate.approvedBy ? <Descriptions.Item label={t('candidates.overview.approvedBy')}>{candidate.approvedBy}</Descriptions.Item> : null}
        {candidate.approvedAt ? (
          <Descriptions.Item label={t('candidates.overview.approvedAt')}>{formatDateTime(candidate.approvedAt, language)}</Descriptions.Item>
        ) : null}
        {candidate.rejectionReason ? (
          <Descriptions.Item label={t('candidates.overview.rejectionReason')}>{candidate.rejectionReason}</Descriptions.Item>
        ) : null}
        {candidate.shelvingReason ? (
          <Descriptions.Item label={t('candidates.overview.shelvingReason')}>{candidate.shelvingReason}</Descriptions.Item>
        ) : null}
        {candidate.shelvedFromStage ? (
          <Descriptions.Item label={t('candidates.overview.shelvedFrom')}>
            <StageTag stage={candidate.shelvedFromStage} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {candidate.screenings.length > 0 ? (
        <OverviewList title={t('candidates.overview.screenings')}>
          {candidate.screenings.map((s) => (
            <div key={s.screeningId}>
              <div>
                <Tag color={s.verdict === 'Pass' ? 'green' : 'red'}>{t(`candidates.verdicts.${s.verdict}`)}</Tag>
                {formatDateTime(s.screenedAt, language)} · {s.screenedBy} · {t('candidates.estimate.margin')}{' '}
                {formatPercent(s.estimate.perUnit.marginPercent / 100, language, 2)}
                <div>
                  <Typography.Text type="secondary">
                    {t('candidates.overview.scores')}: {t('candidates.actions.marketPotential')} {s.scores.marketPotential} ·{' '}
                    {t('candidates.actions.competition')} {s.scores.competition} · {t('candidates.actions.qualityStability')}{' '}
                    {s.scores.qualityStability} · {t('candidates.actions.differentiation')} {s.scores.differentiation} ·{' '}
                    {t('candidates.actions.teamFit')} {s.scores.teamFit}
                  </Typography.Text>
                </div>
                {s.notes ? <div>{s.notes}</div> : null}
              </div>
            </div>
          ))}
        </OverviewList>
      ) : null}
      {candidate.marginOverrides.length > 0 ? (
        <OverviewList title={t('candidates.overview.marginOverrides')}>
          {candidate.marginOverrides.map((o) => (
            <div key={o.overriddenAt}>
              {t('candidates.overview.overrideLine', {
                accepted: formatPercent(o.acceptedMarginPercent / 100, language, 2) ?? '',
                minimum: formatPercent(o.minMarginPercent / 100, language, 2) ?? '',
                by: o.overriddenBy,
                reason: o.reason,
              })}
            </div>
          ))}
        </OverviewList>
      ) : null}
    </>
  );
}

type RowActions = { open: (dialog: CandidateDialog) => void };

/** A row's action shows while the candidate is open to the person: not closed, and not refused by their role. */
const rowActionsShown = (candidate: Candidate, action: 'ChooseQuote' | 'RecordSampleResults') => {
  const options = candidate.guide?.actions.filter((a) => a.action === action) ?? [];
  return !closedStages.includes(candidate.stage) && options.length > 0 && !options.some(refusedByRole);
};

export function QuotesTable({ candidate, open }: { candidate: Candidate } & RowActions) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const choosable = rowActionsShown(candidate, 'ChooseQuote');
  const columns: ColumnsType<Quote> = [
    {
      title: t('candidates.quotes.supplier'),
      key: 'supplier',
      render: (_, q) => (
        <>
          {q.supplierName} {q.quoteId === candidate.chosenQuoteId ? <Tag color="green">{t('candidates.quotes.chosen')}</Tag> : null}
        </>
      ),
    },
    { title: t('candidates.quotes.unitPrice'), key: 'unitPrice', render: (_, q) => formatMoney(q.unitPrice, language) },
    { title: t('candidates.quotes.moq'), key: 'moq', align: 'right', render: (_, q) => formatNumber(q.moq, language) },
    { title: t('candidates.quotes.leadTimeDays'), key: 'leadTimeDays', align: 'right', render: (_, q) => formatNumber(q.leadTimeDays, language) },
    { title: t('candidates.quotes.afterSalesTerms'), dataIndex: 'afterSalesTerms', key: 'afterSalesTerms', responsive: ['lg'] },
    { title: t('candidates.quotes.validUntil'), key: 'validUntil', render: (_, q) => formatDate(q.validUntil, language) },
  ];
  if (choosable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, q) => {
        const option = optionOf(candidate.guide, 'ChooseQuote', q.quoteId);
        return q.quoteId === candidate.chosenQuoteId || !option ? null : (
          <ActionButton size="small" option={option} label={t('candidates.actions.chooseQuote')} onClick={() => open({ kind: 'chooseQuote', quote: q })} />
        );
      },
    });
  }
  return (
    <ResponsiveTable<Quote>
      rowKey="quoteId"
      size="small"
      columns={columns}
      dataSource={candidate.quotes}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('candidates.quotes.empty')} /> }}
    />
  );
}

export function SamplesTable({ candidate, open }: { candidate: Candidate } & RowActions) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const supplierOf = (s: Sample) => candidate.quotes.find((q) => q.quoteId === s.quoteId)?.supplierName ?? t('common.noValue');
  const test = (passed: boolean | undefined, notes: string | null | undefined) =>
    passed === undefined ? t('common.noValue') : `${passed ? t('candidates.samples.passed') : t('candidates.samples.failed')}${notes ? ` · ${notes}` : ''}`;
  const columns: ColumnsType<Sample> = [
    { title: t('candidates.samples.requested'), key: 'requestedAt', render: (_, s) => formatDateTime(s.requestedAt, language) },
    { title: t('candidates.samples.supplier'), key: 'supplier', render: (_, s) => supplierOf(s) },
    {
      title: t('candidates.samples.status'),
      key: 'status',
      render: (_, s) => (
        <Tag color={{ Open: 'blue', Passed: 'green', Failed: 'red' }[s.status]}>{t(`candidates.sampleStatuses.${s.status}`)}</Tag>
      ),
    },
    { title: t('candidates.samples.notes'), key: 'notes', render: (_, s) => s.notes ?? t('common.noValue') },
    { title: t('candidates.samples.qualityTest'), key: 'quality', render: (_, s) => test(s.results?.qualityTest.passed, s.results?.qualityTest.notes) },
    { title: t('candidates.samples.functionTest'), key: 'function', render: (_, s) => test(s.results?.functionTest.passed, s.results?.functionTest.notes) },
    { title: t('candidates.samples.defects'), key: 'defects', render: (_, s) => s.results?.defects.join('; ') || t('common.noValue') },
    {
      title: t('candidates.samples.improvementRequests'),
      key: 'improvements',
      render: (_, s) => s.results?.improvementRequests.join('; ') || t('common.noValue'),
    },
  ];
  // Beside the status, not after the eight columns of results: reachable without scrolling sideways.
  if (rowActionsShown(candidate, 'RecordSampleResults') && candidate.samples.some((s) => s.status === 'Open')) {
    columns.splice(3, 0, {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) => {
        const option = optionOf(candidate.guide, 'RecordSampleResults', s.sampleId);
        return s.status === 'Open' && option ? (
          <ActionButton size="small" option={option} label={t('candidates.actions.recordResults')} onClick={() => open({ kind: 'recordResults', sample: s })} />
        ) : null;
      },
    });
  }
  return (
    <ResponsiveTable<Sample>
      rowKey="sampleId"
      size="small"
      columns={columns}
      dataSource={candidate.samples}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('candidates.samples.empty')} /> }}
    />
  );
}
