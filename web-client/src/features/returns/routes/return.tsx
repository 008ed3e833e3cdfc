import { Button, Descriptions, Result, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { useNotify } from '@/components/ui/notifications';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem';

import { useApproveReturn } from '../api/approve-return';
import { useReturn } from '../api/get-return';
import { useReturnHistory } from '../api/get-return-history';
import { useWarehouses } from '../api/get-warehouses';
import { InspectReturnDialog } from '../components/inspect-return-dialog';
import { ReturnStatusTag } from '../components/labels';
import { ReceiveReturnDialog } from '../components/receive-return-dialog';

/** One return: what the customer sent back and why, where it stands, the next step, its history. */
export function ReturnRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const notify = useNotify();
  const { returnId = '' } = useParams();
  const canWrite = useCan('returns:write');
  const item = useReturn(returnId);
  const history = useReturnHistory(returnId);
  const warehouses = useWarehouses();
  const [refusal, setRefusal] = useState<unknown>(null);
  const [dialog, setDialog] = useState<'receive' | 'inspect' | null>(null);
  const approve = useApproveReturn({ mutationConfig: { onError: setRefusal, onSuccess: () => notify.success(t('returns.approved')) } });

  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (problemOf(item.error).status === 404)
      return (
        <Result status="404" title={t('returns.notFound')}
          extra={<Link to={paths.logistics.returns.getHref()}><Button>{t('returns.backToList')}</Button></Link>} />
      );
    return (
      <Page title={t('returns.detail')}>
        <ProblemAlert error={item.error} action={<Button onClick={() => void item.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  }

  const r = item.data;
  const warehouse = warehouses.data?.find((w) => w.id === r.warehouseId);
  const actions = canWrite ? (
    r.status === 'Requested' ? (
      <Button type="primary" loading={approve.isPending} onClick={() => { setRefusal(null); approve.mutate({ id: r.id, version: r.version }); }}>
        {t('returns.approve')}
      </Button>
    ) : r.status === 'Approved' ? (
      <Button type="primary" onClick={() => setDialog('receive')}>{t('returns.receive')}</Button>
    ) : r.status === 'Received' ? (
      <Button type="primary" onClick={() => setDialog('inspect')}>{t('returns.inspect')}</Button>
    ) : null
  ) : null;

  return (
    <Page title={t('returns.detailTitle', { order: r.orderNumber, sku: r.sku })} actions={actions}>
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('returns.status')}><ReturnStatusTag status={r.status} /></Descriptions.Item>
        <Descriptions.Item label={t('returns.order')}>{`${r.marketplace} ${r.orderNumber}`}</Descriptions.Item>
        <Descriptions.Item label={t('returns.sku')}>{r.sku}</Descriptions.Item>
        <Descriptions.Item label={t('returns.quantity')}>{r.quantity}</Descriptions.Item>
        <Descriptions.Item label={t('returns.kind')}>{t(`returns.kinds.${r.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reason')}>{t(`returns.reasons.${r.reason}`)}</Descriptions.Item>
        <Descriptions.Item label={t('returns.customerComment')}>{r.customerComment ?? t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.requestedAt')}>{formatDateTime(r.requestedAt, language)}</Descriptions.Item>
        <Descriptions.Item label={t('returns.warehouse')}>{warehouse?.code ?? t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.quantityReceived')}>{r.quantityReceived ?? t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.finding')}>{r.finding ? t(`returns.findings.${r.finding}`) : t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.disposition')}>{r.disposition ? t(`returns.dispositions.${r.disposition}`) : t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.notes')}>{r.inspectionNotes || t('common.noValue')}</Descriptions.Item>
        {r.defectReportedToSupplierId ? <Descriptions.Item label={t('returns.supplierNotified')}>✓</Descriptions.Item> : null}
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'history',
            label: t('returns.history'),
            children: history.isError ? <ProblemAlert error={history.error} /> : history.isPending ? <Loading /> : <HistoryTimeline entries={history.data} />,
          },
        ]}
      />
      {dialog === 'receive' ? (
        <ReceiveReturnDialog item={r} onClose={() => setDialog(null)} onDone={() => { setDialog(null); notify.success(t('returns.received')); }} />
      ) : null}
      {dialog === 'inspect' ? (
        <InspectReturnDialog item={r} onClose={() => setDialog(null)} onDone={() => { setDialog(null); notify.success(t('returns.inspected')); }} />
      ) : null}
    </Page>
  );
}
