import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';
import { useMe } from '@/lib/auth';

import { kpiModules, kpiPeriodDays, type KpiPeriodDays } from '../api/get-kpis';
import { KpiCards } from '../components/kpi-cards';
import { WorkQueue } from '../components/work-queue';

/** The person's work queue first, then the KPIs every live module computes from its events, over the chosen period. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const [days, setDays] = useState<KpiPeriodDays>(30);

  return (
    <Page title={t('dashboard.title')}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {me.data ? `${t('dashboard.welcome', { name: me.data.displayName })} · ` : null}
        {t('dashboard.intro')}
      </Typography.Paragraph>
      <Flex vertical gap={16}>
        <WorkQueue />
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('dashboard.kpi.periodChoice')}</Typography.Text>
          <Segmented<KpiPeriodDays>
            aria-label={t('dashboard.kpi.periodChoice')}
            options={kpiPeriodDays.map((d) => ({ value: d, label: t('dashboard.kpi.lastDays', { count: d }) }))}
            value={days}
            onChange={setDays}
          />
        </Flex>
        {kpiModules.map((module) => (
          <KpiCards key={module} module={module} days={days} />
        ))}
      </Flex>
    </Page>
  );
}
