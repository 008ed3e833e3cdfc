import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { HistorySection, RecordLoadFailure } from '@/components/ui/record-sections';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDate, formatDateTime } from '@/lib/format';

import { useApproveReturn, useRejectReturn } from '../api/decide-return';
import { useCustomerReturn, useCustomerReturnHistory, type CustomerReturnDetails } from '../api/get-return';
import { OrderTimeline } from '../components/order-timeline';
import { ReturnStatusTag } from '../components/return-labels';
import { ReturnProgress } from '../components/return-progress';

/**
 * One return request: what the customer asked, the window it was judged by, its progress, approve or reject while it is
 * requested, logistics' inspection finding once it arrived, the customer's order timeline and the request's history.
 */
export function CustomerReturnRoute() {
  const { t } = useTranslation();
  const { returnId = '' } = useParams();
  const customerReturn = useCustomerReturn(returnId);
  const history = useCustomerReturnHistory(returnId);

  if (customerReturn.isPending) return <Loading />;
  if (customerReturn.isError)
    return (
      <RecordLoadFailure
        query={customerReturn}
        title={t('customerReturns.detail')}
        notFound={t('customerReturns.notFound')}
        backTo={paths.service.returns.getHref()}
        backLabel={t('customerReturns.backToList')}
      />
    );

  const r = customerReturn.data;
  return (
    <ReturnPage customerReturn={r}>
      <HistorySection title={t('customerReturns.history')} history={history} />
    </ReturnPage>
  );
}

function ReturnPage({ customerReturn: r, children }: { customerReturn: CustomerReturnDetails; children: React.ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const canWrite = useCan('customerReturns:write');
  const [refusal, setRefusal] = useState<unknown>(null);
  const [rejecting, setRejecting] = useState(false);
  const approve = useApproveReturn({ mutationConfig: { onError: setRefusal, onSuccess: () => setRefusal(null) } });
  const reject = useRejectReturn();
  const on = { id: r.id, version: r.version };

  const actions =
    canWrite && r.status === 'Requested' ? (
      <>
        <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate(on)}>
          {t('customerReturns.approve')}
        </Button>
        <Button danger onClick={() => setRejecting(true)}>
          {t('customerReturns.reject')}
        </Button>
      </>
    ) : null;

  return (
    <Page title={t('customerReturns.pageTitle', { orderNumber: r.orderNumber, sku: r.sku })} actions={actions}>
      <Flex vertical gap={16}>
        {refusal ? <ProblemAlert error={refusal} /> : null}
        <ReturnProgress customerReturn={r} />
        {r.rejection ? (
          <Alert type="error" showIcon title={t('customerReturns.rejectedBecause', { reason: r.rejection.reason })} />
        ) : null}
        {r.inspection ? (
          <Alert
            type={r.inspection.finding === 'NoDefect' ? 'success' : 'warning'}
            showIcon
            title={t('customerReturns.inspectionFinding', { finding: t(`customerReturns.findings.${r.inspection.finding}`), quantity: r.inspection.quantity })}
            description={[r.inspection.notes, formatDateTime(r.inspection.inspectedAt, language)].filter(Boolean).join(' · ')}
          />
        ) : r.status === 'Approved' ? (
          <Typography.Text type="secondary">{t('customerReturns.awaitingInspection')}</Typography.Text>
        ) : null}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('customerReturns.status')}>
            <ReturnStatusTag status={r.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.kind')}>{t(`customerReturns.kinds.${r.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.orderNumber')}>{`${r.orderNumber} (${r.marketplace})`}</Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.skuQuantity')}>{`${r.sku} × ${r.quantity}`}</Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.reason')}>{t(`customerReturns.reasons.${r.reason}`)}</Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.comment')}>{r.comment ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.deliveredOn')}>
            {r.deliveredOn ? `${formatDate(r.deliveredOn, language)} (${t(`customerReturns.deliveredOnFrom.${r.deliveredOnFrom}`)})` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.window')}>
            {t('customerReturns.windowEnds', { days: r.windowDays, date: formatDate(r.windowEndsOn, language) ?? '' })}
          </Descriptions.Item>
          <Descriptions.Item label={t('customerReturns.requestedAt')} span={2}>
            {`${formatDateTime(r.requestedAt, language)} · ${r.requestedBy}`}
          </Descriptions.Item>
        </Descriptions>
        <OrderTimeline storeId={r.storeId} marketplace={r.marketplace} orderNumber={r.orderNumber} />
        {children}
      </Flex>
      {rejecting ? (
        <ReasonDialog
          title={t('customerReturns.rejectTitle')}
          okText={t('customerReturns.reject')}
          danger
          submit={async (reason) => {
            await reject.mutateAsync({ ...on, reason });
            setRejecting(false);
          }}
          onClose={() => setRejecting(false)}
        />
      ) : null}
    </Page>
  );
}
