import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { useSupplierHistory } from '../api/get-supplier-history';

/** Every recorded change of the supplier, newest first. */
export function HistoryTab({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const history = useSupplierHistory({ id: supplierId });
  if (history.isPending) return <Loading />;
  if (history.isError) {
    return <ProblemAlert error={history.error} action={<Button onClick={() => void history.refetch()}>{t('common.retry')}</Button>} />;
  }
  return <HistoryTimeline entries={history.data} />;
}
