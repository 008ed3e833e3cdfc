import { Alert, Button, Flex, Result, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { problemOf } from '@/lib/problem';

import { useSelectionSettings } from '../api/get-selection-settings';
import { useSupplier } from '../api/get-supplier';
import { AgreementsTab } from '../components/agreements-tab';
import { DecisionActions } from '../components/decision-actions';
import { documentExpiry } from '../components/document-expiry';
import { DocumentsTab } from '../components/documents-tab';
import { EvaluationsTab } from '../components/evaluations-tab';
import { HistoryTab } from '../components/history-tab';
import { IncidentsTab } from '../components/incidents-tab';
import { SupplierOverview } from '../components/supplier-overview';
import { GradeTag, StatusTag } from '../components/tags';

type TabKey = 'overview' | 'evaluations' | 'documents' | 'agreements' | 'incidents' | 'history';

export function SupplierRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { supplierId = '' } = useParams();
  const supplier = useSupplier({ id: supplierId });
  const [tab, setTab] = useState<TabKey>('overview');
  const settings = useSelectionSettings();

  if (supplier.isPending) {
    return (
      <Page title={t('suppliers.detail')}>
        <Loading />
      </Page>
    );
  }
  if (supplier.isError) {
    const notFound = problemOf(supplier.error).status === 404;
    return (
      <Page title={t('suppliers.detail')}>
        {notFound ? (
          <Result
            status="404"
            title={t('suppliers.notFound')}
            extra={
              <Button onClick={() => void navigate(paths.selection.suppliers.getHref())}>{t('suppliers.backToList')}</Button>
            }
          />
        ) : (
          <ProblemAlert error={supplier.error} action={<Button onClick={() => void supplier.refetch()}>{t('common.retry')}</Button>} />
        )}
      </Page>
    );
  }

  const s = supplier.data;
  const flagged = s.documents.filter((d) => documentExpiry(d, settings.data?.settings?.warnDaysBeforeExpiry) !== 'Valid').length;

  return (
    <Page title={s.name} actions={<DecisionActions supplier={s} />}>
      <Flex gap={8} wrap align="center" data-testid="supplier-standing">
        <StatusTag status={s.status} />
        <GradeTag grade={s.grade} />
      </Flex>
      {s.reviewRequired ? <Alert type="warning" showIcon title={t('suppliers.reviewRequired')} description={t('suppliers.reviewRequiredHelp')} /> : null}
      {flagged > 0 ? <Alert type="warning" showIcon title={t('suppliers.expiringDocuments', { count: flagged })} /> : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        items={[
          { key: 'overview', label: t('suppliers.tabs.overview'), children: <SupplierOverview supplier={s} /> },
          { key: 'evaluations', label: t('suppliers.tabs.evaluations'), children: <EvaluationsTab supplier={s} /> },
          { key: 'documents', label: t('suppliers.tabs.documents'), children: <DocumentsTab supplier={s} /> },
          { key: 'agreements', label: t('suppliers.tabs.agreements'), children: <AgreementsTab supplier={s} /> },
          { key: 'incidents', label: t('suppliers.tabs.incidents'), children: <IncidentsTab supplier={s} /> },
          { key: 'history', label: t('suppliers.tabs.history'), children: <HistoryTab supplierId={s.id} /> },
        ]}
        destroyOnHidden
      />
    </Page>
  );
}
