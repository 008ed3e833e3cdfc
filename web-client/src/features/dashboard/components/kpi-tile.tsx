import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { currentLanguage } from '@/i18n';
import { formatDate } from '@/lib/format';

import type { Kpi, KpiReport } from '../api/get-kpis';

import { changeTone, formatKpiChange, formatKpiValue, kpiChange, listHref } from './kpi-format';
import { KpiPartsChart } from './kpi-parts-chart';
import { KpiSparkline } from './kpi-sparkline';

const toneColour = { better: '#389e0d', worse: '#cf1322', neutral: 'rgba(0, 0, 0, 0.45)' } as const;

/** A count broken down by a feature's enum (by stage, by grade, by status) draws its parts; other parts (per currency) are listed. */
export const isBreakdown = (kpi: Kpi) => kpi.unit === 'Count' && kpi.parts.length > 0;

type KpiTileProps = {
  kpi: Kpi;
  period: KpiReport['period'];
  partLabel: (code: string, key: string) => string;
};

/**
 * One indicator: its value in its unit (or "no data yet"), the period it covers, its target and whether it is met, the
 * change against the previous period coloured by which way is better, a small trend, and for a count its breakdown.
 * The tile opens the list behind the figure, filtered to what it counts; a breakdown's bar opens its part's list.
 */
export function KpiTile({ kpi, period, partLabel }: KpiTileProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const value = (v: number) => formatKpiValue(v, kpi.unit, language, t);
  const href = listHref(kpi.list);
  const open = href ? () => void navigate(href) : undefined;
  const current = kpi.value ?? null;
  const previous = kpi.previous ?? null;
  const change = kpiChange(kpi);
  const tone = change === null ? 'neutral' : changeTone(change, kpi.direction);
  // The period is [from, to): its last day is the one before `to`.
  const lastDay = new Date(new Date(period.to).getTime() - 1).toISOString();
  const periodText =
    kpi.scope === 'Period'
      ? t('dashboard.kpi.period', { from: formatDate(period.from, language) ?? '', to: formatDate(lastDay, language) ?? '' })
      : t('dashboard.kpi.now');
  const trendValues = kpi.trend.map((p) => (p.value === null || p.value === undefined ? t('dashboard.kpi.noDataShort') : value(p.value)));

  return (
    <Card
      size="small"
      style={{ height: '100%', cursor: open ? 'pointer' : undefined }}
      hoverable={!!open}
      data-testid={`kpi-${kpi.code}`}
      onClick={open}
      {...(open
        ? {
            role: 'link',
            tabIndex: 0,
            'aria-label': t('dashboard.kpi.openList', { name: kpi.name }),
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'Enter') open();
            },
          }
        : {})}
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{kpi.name}</Typography.Text>
        <Flex justify="space-between" align="end" gap={8}>
          {current !== null ? (
            <Typography.Text strong style={{ fontSize: 24, lineHeight: 1.2 }} data-testid="kpi-value">
              {value(current)}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 16, lineHeight: 1.8 }} data-testid="kpi-value">
              {t('dashboard.kpi.noData')}
            </Typography.Text>
          )}
          {kpi.trend.length > 0 ? (
            <KpiSparkline trend={kpi.trend} colour={toneColour[tone] === toneColour.neutral ? undefined : toneColour[tone]}
              label={t('dashboard.kpi.trend', { values: trendValues.join(', ') })} />
          ) : null}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {periodText}
        </Typography.Text>
        {kpi.scope === 'Period' ? (
          change === null || previous === null ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.kpi.noPrevious')}
            </Typography.Text>
          ) : (
            <Typography.Text style={{ fontSize: 12, color: toneColour[tone] }} data-testid="kpi-change" data-tone={tone}>
              {change > 0 ? <ArrowUpOutlined /> : change < 0 ? <ArrowDownOutlined /> : <MinusOutlined />}{' '}
              {t('dashboard.kpi.change', { change: formatKpiChange(change, kpi.unit, language, t), previous: value(previous) })}
            </Typography.Text>
          )
        ) : null}
        {kpi.target !== null && kpi.target !== undefined ? (
          <Flex gap={6} align="center" wrap>
            <Typography.Text style={{ fontSize: 12 }}>
              {t(kpi.direction === 'LowerIsBetter' ? 'dashboard.kpi.targetAtMost' : 'dashboard.kpi.targetAtLeast', { target: value(kpi.target) })}
            </Typography.Text>
            {kpi.targetMet === true ? <Tag color="green">{t('dashboard.kpi.met')}</Tag> : null}
            {kpi.targetMet === false ? <Tag color="red">{t('dashboard.kpi.missed')}</Tag> : null}
          </Flex>
        ) : kpi.direction !== 'Neutral' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dashboard.kpi.noTarget')}
          </Typography.Text>
        ) : null}
        {isBreakdown(kpi) ? (
          // The chart's bars navigate themselves; a click on them is not the tile's.
          <div onClick={(e) => e.stopPropagation()} role="presentation">
            <KpiPartsChart kpi={kpi} label={partLabel} onOpen={(part) => { const to = listHref(part.list); if (to) void navigate(to); }} />
          </div>
        ) : kpi.parts.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="kpi-parts">
            {kpi.parts.map((p) => `${partLabel(kpi.code, p.key)} ${value(p.value)}`).join(' · ')}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
