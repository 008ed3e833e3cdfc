import { Button, Descriptions, Result, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/i18n';
import { formatDateTime, formatMoney } from '@/lib/format';
import { problemOf } from '@/lib/problem';

import { useReimbursement } from '../api/get-reimbursement';
import { useReimbursementHistory } from '../api/get-reimbursement-history';
import { CaseStatusTag } from '../components/labels';
import { ReimbursementActions } from '../components/reimbursement-actions';

/** One reimbursement case: what is claimed and how the amount is made (quantity × unit cost), the evidence, where it stands. */
export function ReimbursementRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { caseId = '' } = useParams();
  const item = useReimbursement(caseId);
  const history = useReimbursementHistory(caseId);
  const [refusal, setRefusal] = useState<unknown>(null);

  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (problemOf(item.error).status === 404)
      return (
        <Result status="404" title={t('returns.reimbursements.notFound')}
          extra={<Link to={paths.logistics.reimbursements.getHref()}><Button>{t('returns.reimbursements.backToList')}</Button></Link>} />
      );
    return (
      <Page title={t('returns.reimbursements.detail')}>
        <ProblemAlert error={item.error} action={<Button onClick={() => void item.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  }

  const c = item.data;
  return (
    <Page
      title={t('returns.reimbursements.detailTitle', { sku: c.sku, kind: t(`returns.reimbursements.kinds.${c.kind}`) })}
      actions={<ReimbursementActions item={c} onRefused={setRefusal} />}
    >
      {refusal ? <ProblemAlert error={refusal} /> : null}
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('returns.reimbursements.status')}><CaseStatusTag status={c.status} /></Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.sku')}>{c.sku}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.quantity')}>{c.claim.quantity}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.unitCost')}>{formatMoney(c.claim.unitCost, language, 4)}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.claimed')}>
          {t('returns.reimbursements.claimFormula', {
            quantity: c.claim.quantity, unitCost: formatMoney(c.claim.unitCost, language, 4), amount: formatMoney(c.claim.amountClaimed, language),
          })}
        </Descriptions.Item>
        {c.shortfall ? (
          <Descriptions.Item label={t('returns.reimbursements.shipment')}>
            {`${c.shortfall.shipmentReference}: ${t('returns.reimbursements.shortfall', { shipped: c.shortfall.quantityShipped, received: c.shortfall.quantityReceived })}`}
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('returns.reimbursements.evidence')}>{c.evidence}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.evidenceRefs')}>{c.evidenceRefs.join(', ') || t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.amazonCaseId')}>{c.amazonCaseId ?? t('common.noValue')}</Descriptions.Item>
        <Descriptions.Item label={t('returns.reimbursements.reimbursed')}>{c.amountReimbursed ? formatMoney(c.amountReimbursed, language) : t('common.noValue')}</Descriptions.Item>
        {c.rejectionReason ? <Descriptions.Item label={t('returns.reimbursements.rejection')}>{c.rejectionReason}</Descriptions.Item> : null}
        <Descriptions.Item label={t('returns.reimbursements.openedAt')}>{formatDateTime(c.openedAt, language)}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'history',
            label: t('returns.reimbursements.history'),
            children: history.isError ? <ProblemAlert error={history.error} /> : history.isPending ? <Loading /> : <HistoryTimeline entries={history.data} />,
          },
        ]}
      />
    </Page>
  );
}
