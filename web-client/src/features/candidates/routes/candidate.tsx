import { Alert, Button, Card, Collapse, Empty, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';

import { useCandidate, type Candidate } from '../api/get-candidate';
import { useCandidateHistory } from '../api/get-candidate-history';
import { useProfitEstimate } from '../api/get-profit-estimate';
import { CandidateDialogs, type CandidateDialog } from '../components/candidate-dialogs';
import { CandidateFunnel, LifecycleActions } from '../components/candidate-funnel';
import { useCandidateHistoryVocabulary } from '../components/candidate-history-vocabulary';
import { OverviewSection, QuotesTable, SamplesTable } from '../components/candidate-sections';
import { ProfitEstimateView } from '../components/profit-estimate-view';
import { StageTag } from '../components/stage-tag';
import { WhatIfForm } from '../components/what-if-form';

export function CandidateRoute() {
  const { t } = useTranslation();
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);

  if (candidate.isPending) return <Loading />;
  if (candidate.isError)
    return (
      <Page title={t('candidates.detail')}>
        <ProblemAlert error={candidate.error} action={<Button onClick={() => void candidate.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  return <CandidateDetail candidate={candidate.data} />;
}

function CandidateDetail({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<CandidateDialog | null>(null);

  return (
    <Page title={candidate.name} actions={<LifecycleActions candidate={candidate} open={setDialog} />}>
      <Flex gap={8} align="center" wrap data-testid="candidate-stage">
        <StageTag stage={candidate.stage} />
        {candidate.sku ? <span>{candidate.sku}</span> : null}
      </Flex>
      {candidate.stage === 'Approved' && candidate.sku ? (
        <Alert
          type="success"
          role="status"
          showIcon
          title={t('candidates.approved.title', { sku: candidate.sku })}
          description={t('candidates.approved.description')}
          action={<Link to={`${paths.listing.listings.getHref()}?sku=${encodeURIComponent(candidate.sku)}`}>{t('candidates.approved.open')}</Link>}
        />
      ) : null}
      <Card title={t('candidates.funnel.title')} size="small">
        <CandidateFunnel candidate={candidate} open={setDialog} />
      </Card>
      <Card title={t('candidates.overview.title')} size="small">
        <OverviewSection candidate={candidate} />
      </Card>
      <Card title={t('candidates.estimate.title')} size="small">
        <EstimateSection candidate={candidate} />
      </Card>
      <Card title={t('candidates.quotes.title')} size="small">
        <QuotesTable candidate={candidate} open={setDialog} />
      </Card>
      <Card title={t('candidates.samples.title')} size="small">
        <SamplesTable candidate={candidate} open={setDialog} />
      </Card>
      <Card title={t('candidates.history.title')} size="small">
        <HistorySection id={candidate.id} />
      </Card>
      <CandidateDialogs candidate={candidate} dialog={dialog} onClose={() => setDialog(null)} />
    </Page>
  );
}

function EstimateSection({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const estimate = useProfitEstimate(candidate.id);
  const canWrite = useCan('candidates:write');
  return (
    <Flex vertical gap={16}>
      {estimate.isPending ? <Loading /> : null}
      {estimate.isError ? <ProblemAlert error={estimate.error} /> : null}
      {estimate.data ? <ProfitEstimateView estimate={estimate.data} label={t('candidates.estimate.title')} /> : null}
      {/* The what-if calculation is a write-role endpoint (product, ops-manager, admin). */}
      {canWrite ? (
        // Folded until asked for: the page opens on the candidate's own estimate.
        <Collapse items={[{ key: 'what-if', label: t('candidates.estimate.whatIf'), children: <WhatIfForm candidate={candidate} /> }]} />
      ) : null}
    </Flex>
  );
}

function HistorySection({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useCandidateHistory(id);
  const vocabulary = useCandidateHistoryVocabulary();
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return history.data.length === 0 ? <Empty description={t('history.empty')} /> : <HistoryTimeline entries={history.data} vocabulary={vocabulary} />;
}

