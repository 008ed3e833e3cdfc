import { Button, Card, Col, Empty, Row, Statistic, Tooltip, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { useKpis, type KpiModule } from '../api/get-kpis';

import { KpiPartsChart } from './kpi-parts-chart';

/** Breakdowns whose parts are one feature's enum (stages, statuses): where that feature keeps their words. */
const featureTexts: Record<string, string> = {
  'selection.candidates_by_stage': 'candidates.stages',
  'listing.listings_by_status': 'listings.statuses',
};

/** One module's indicators: a number per KPI, and a chart for each breakdown. */
export function KpiCards({ module }: { module: KpiModule }) {
  const { t, i18n } = useTranslation();
  const report = useKpis(module);
  // Part keys are the API's enum values: a breakdown by a feature's enum uses that feature's own words, the others
  // the dashboard's; an unknown key is shown as it comes.
  const partLabel = useCallback(
    (code: string, key: string) => {
      const text = [`${featureTexts[code] ?? 'dashboard.parts'}.${key}`, `dashboard.parts.${key}`].find((k) => i18n.exists(k));
      return text ? t(text as 'dashboard.title') : key;
    },
    [t, i18n],
  );

  if (report.isPending) return <Loading />;
  if (report.isError) return <ProblemAlert error={report.error} action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>} />;
  if (report.data.kpis.length === 0) return <Empty description={t('dashboard.noKpis')} />;

  const withParts = report.data.kpis.filter((k) => k.parts.length > 0);
  return (
    <Card
      title={t(`modules.${module}`)}
      extra={<Typography.Text type="secondary">{t('dashboard.asOf', { time: formatDateTime(report.data.asOf, currentLanguage()) ?? '' })}</Typography.Text>}
    >
      <Row gutter={[16, 16]}>
        {report.data.kpis.map((kpi) => (
          <Col key={kpi.code} xs={24} sm={12} xl={8}>
            <Card size="small" style={{ height: '100%' }} data-testid={`kpi-${kpi.code}`}>
              {kpi.value === null || kpi.value === undefined ? (
                <Tooltip title={t('dashboard.nothingYet')}>
                  <Statistic title={kpi.name} value={t('common.noValue')} />
                </Tooltip>
              ) : (
                <Statistic
                  title={kpi.name}
                  value={kpi.value}
                  precision={kpi.unit === 'Count' ? 0 : 1}
                  suffix={kpi.unit === 'Percent' ? '%' : kpi.unit === 'Days' ? t('dashboard.days') : undefined}
                />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {withParts.length > 0 ? (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {withParts.map((kpi) => (
            <Col key={kpi.code} xs={24} lg={12}>
              <Typography.Text strong>{kpi.name}</Typography.Text>
              <KpiPartsChart kpi={kpi} label={partLabel} />
            </Col>
          ))}
        </Row>
      ) : null}
    </Card>
  );
}
