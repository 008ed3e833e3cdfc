import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { useKpis, type KpiModule, type KpiPeriodDays } from '../api/get-kpis';

import { isBreakdown, KpiTile } from './kpi-tile';

/** Breakdowns whose parts are one feature's enum (stages, statuses): where that feature keeps their words. */
const featureTexts: Record<string, string> = {
  'selection.candidates_by_stage': 'candidates.stages',
  'listing.listings_by_status': 'listings.statuses',
};

/** One module's indicators over the chosen period: a tile per KPI, a breakdown's tile twice as wide for its chart. */
export function KpiCards({ module, days = 30 }: { module: KpiModule; days?: KpiPeriodDays }) {
  const { t, i18n } = useTranslation();
  const report = useKpis(module, days);
  // Part keys are the API's enum values: a breakdown by a feature's enum uses that feature's own words, the others
  // the dashboard's; an unknown key (a currency) is shown as it comes.
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

  return (
    <Card
      title={t(`modules.${module}`)}
      extra={<Typography.Text type="secondary">{t('dashboard.asOf', { time: formatDateTime(report.data.asOf, currentLanguage()) ?? '' })}</Typography.Text>}
    >
      <Row gutter={[16, 16]}>
        {report.data.kpis.map((kpi) => (
          <Col key={kpi.code} xs={24} sm={isBreakdown(kpi) ? 24 : 12} xl={isBreakdown(kpi) ? 16 : 8}>
            <KpiTile kpi={kpi} period={report.data.period} partLabel={partLabel} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
