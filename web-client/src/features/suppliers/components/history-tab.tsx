import { Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { HistoryTimeline, type HistoryVocabulary } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { useSupplierHistory } from '../api/get-supplier-history';

/** A supplier's fields and values as its screens name them, for the sentences of its history. */
export function useSupplierHistoryVocabulary(): HistoryVocabulary {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      fields: {
        name: t('suppliers.name'),
        country: t('suppliers.country'),
        status: t('suppliers.status'),
        grade: t('suppliers.grade'),
        weightedScore: t('suppliers.weightedScore'),
        reviewRequired: t('suppliers.reviewRequired'),
        conditions: t('suppliers.conditions'),
        rejectionReason: t('suppliers.rejectionReason'),
        suspensionReason: t('suppliers.suspensionReason'),
        monthlyCapacityUnits: t('suppliers.monthlyCapacity'),
        registeredBy: t('suppliers.registeredBy'),
        registeredAt: t('suppliers.registeredAt'),
        'contact.person': t('suppliers.contactPerson'),
        'contact.email': t('suppliers.contactEmail'),
        'contact.phone': t('suppliers.contactPhone'),
        documents: t('suppliers.documents'),
        'documents.kind': t('suppliers.documentsTab.kind'),
        'documents.name': t('suppliers.documentsTab.name'),
        'documents.number': t('suppliers.documentsTab.number'),
        'documents.issuedOn': t('suppliers.documentsTab.issuedOn'),
        'documents.expiresOn': t('suppliers.documentsTab.expiresOn'),
        'documents.status': t('suppliers.documentsTab.expiry'),
        evaluations: t('suppliers.tabs.evaluations'),
        agreements: t('suppliers.tabs.agreements'),
        qualityIncidents: t('suppliers.tabs.incidents'),
        deliveries: t('suppliers.deliveries'),
      },
      values: {
        status: t('suppliers.statuses', { returnObjects: true }),
        'documents.status': t('suppliers.documentsTab.statuses', { returnObjects: true }),
        'documents.kind': t('suppliers.documentsTab.kinds', { returnObjects: true }),
      },
      // An evaluation reads as its grade and score (the evaluations tab has its details); the latest evaluation repeats it.
      hidden: ['latestEvaluation', 'evaluations'],
    }),
    [t],
  );
}

/** Every recorded change of the supplier, newest first. */
export function HistoryTab({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const vocabulary = useSupplierHistoryVocabulary();
  const history = useSupplierHistory({ id: supplierId });
  if (history.isPending) return <Loading />;
  if (history.isError) {
    return <ProblemAlert error={history.error} action={<Button onClick={() => void history.refetch()}>{t('common.retry')}</Button>} />;
  }
  return <HistoryTimeline entries={history.data} vocabulary={vocabulary} />;
}
