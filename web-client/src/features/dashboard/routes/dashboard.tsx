import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';
import { modules } from '@/config/modules';
import { useMe } from '@/lib/auth';

import { ReadinessChart } from '../components/readiness-chart';

const placeholders = ['openDeadlines', 'breaches', 'listingsLive'] as const;

export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const live = modules.filter((m) => m.live).length;

  return (
    <Page title={t('dashboard.title')}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {me.data ? `${t('dashboard.welcome', { name: me.data.displayName })} · ` : null}
        {t('dashboard.kpisLater')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Card style={{ height: '100%' }}>
            <Statistic title={t('dashboard.modulesLive')} value={live} suffix={`/ ${modules.length}`} />
          </Card>
        </Col>
        {placeholders.map((kpi) => (
          <Col key={kpi} xs={24} sm={12} xl={6}>
            <Card style={{ height: '100%' }}>
              <Statistic title={t(`dashboard.${kpi}`)} value={t('common.noValue')} />
              <Typography.Text type="secondary">{t('common.comingSoon')}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('dashboard.readiness')}>
        <ReadinessChart />
      </Card>
    </Page>
  );
}
