import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Page } from '@/components/ui/page';
import { useMe } from '@/lib/auth';

import { kpiModules } from '../api/get-kpis';
import { KpiCards } from '../components/kpi-cards';
import { WorkQueue } from '../components/work-queue';

/** The person's work queue first, then the KPIs every live module computes from its events. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useMe();

  return (
    <Page title={t('dashboard.title')}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {me.data ? `${t('dashboard.welcome', { name: me.data.displayName })} · ` : null}
        {t('dashboard.intro')}
      </Typography.Paragraph>
      <Flex vertical gap={16}>
        <WorkQueue />
        {kpiModules.map((module) => (
          <KpiCards key={module} module={module} />
        ))}
      </Flex>
    </Page>
  );
}
