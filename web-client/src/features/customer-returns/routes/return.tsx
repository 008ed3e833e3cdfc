import { Alert, Button, Descriptions, Empty, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { useCan } from '@/lib/auth';
import { formatDate, formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem';

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
  if (customerReturn.isError) {
    if (problemOf(customerReturn.error).status === 404)
      return (
        <Result
          status="404"
          title={t('customerReturns.notFound')}
          extra={
            <Link to={paths.service.returns.getHref()}>
              <Button>{t('customerReturns.backToList')}</Button>
            </Link>
          }
        />
      );
    return (
      <Page title={t('customerReturns.detail')}>
        <ProblemAlert error={customerReturn.error} action={<Button onClick={() => void customerReturn.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  }

  const r = customerReturn.data;
  return (
    <ReturnPage customerReturn={r}>
      <Typography.Title level={5}>{t('customerReturns.history')}</Typography.Title>
      {history.isError ? (
        <ProblemAlert error={history.error} />
      ) : history.isPending ? (
        <Loading />
      ) : history.data.length === 0 ? (
        <Empty />
      ) : (
        <HistoryTimeline entries={history.data} />
      )}
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
