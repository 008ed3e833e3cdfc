import { Button, Col, Empty, Flex, Result, Row, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { HistoryTimeline } from '@/components/ui/history-timeline';
import { Loading } from '@/components/ui/loading';
import { Page } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useCan } from '@/lib/auth';
import { problemOf } from '@/lib/problem';

import type { ChangeListingContentInput } from '../api/change-listing-content';
import { useListing } from '../api/get-listing';
import { useListingHistory } from '../api/get-listing-history';
import { ContentEditor } from '../components/content-editor';
import { isSavedContent } from '../components/content-form';
import { FailingRules } from '../components/failing-rules';
import { ListingActions } from '../components/listing-actions';
import { useListingHistoryVocabulary } from '../components/listing-history-vocabulary';
import { ListingSummary } from '../components/listing-summary';
import { QualityPanel } from '../components/quality-panel';
import { ReviewPanel } from '../components/review-panel';
import { VersionsPanel } from '../components/versions-panel';

/**
 * The listing editor: header with status, deadline and actions; content beside its quality check (of what is being
 * typed); versions, review and history.
 */
export function ListingRoute() {
  const { t } = useTranslation();
  const { listingId = '' } = useParams();
  const canWrite = useCan('listings:write');
  const listing = useListing(listingId);
  const history = useListingHistory(listingId);
  const historyVocabulary = useListingHistoryVocabulary();
  const [refusal, setRefusal] = useState<unknown>(null);
  // Bumped to mount the content editor afresh from the current content (after a save, or on request).
  const [editorGeneration, setEditorGeneration] = useState(0);
  // The content being edited, as Save would send it; null until the person edits (and again once the editor reloads).
  const [editing, setEditing] = useState<ChangeListingContentInput | null>(null);
  const reloadEditor = useCallback(() => {
    setEditing(null);
    setEditorGeneration((g) => g + 1);
  }, []);

  if (listing.isPending) return <Loading />;
  if (listing.isError) {
    if (problemOf(listing.error).status === 404)
      return (
        <Result
          status="404"
          title={t('listings.notFound')}
          extra={
            <Link to={paths.listing.listings.getHref()}>
              <Button>{t('listings.backToList')}</Button>
            </Link>
          }
        />
      );
    return (
      <Page title={t('listings.detail')}>
        <ProblemAlert error={listing.error} action={<Button onClick={() => void listing.refetch()}>{t('common.retry')}</Button>} />
      </Page>
    );
  }

  const current = listing.data;
  const unsavedEdits = editing !== null && !isSavedContent(editing, current.content);
  const refusedRules = refusal ? problemOf(refusal).rules : null;
  return (
    <Page
      title={t('listings.detailTitle', { sku: current.sku })}
      actions={<ListingActions listing={current} unsavedEdits={unsavedEdits} onRefused={setRefusal} />}
    >
      <ListingSummary listing={current} />
      {refusal ? <ProblemAlert error={refusal} rules={refusedRules ? <FailingRules rules={refusedRules} /> : undefined} /> : null}
      <Tabs
        defaultActiveKey="content"
        items={[
          {
            key: 'content',
            label: t('listings.tabs.content'),
            children: (
              <Row gutter={[24, 24]}>
                <Col xs={24} xl={15}>
                  <ContentEditor
                    key={`${current.id}-${editorGeneration}`}
                    listing={current}
                    canWrite={canWrite}
                    onReload={reloadEditor}
                    onEdit={setEditing}
                  />
                </Col>
                <Col xs={24} xl={9}>
                  <div style={{ position: 'sticky', top: 16 }}>
                    <QualityPanel listingId={current.id} currentVersion={current.contentVersion} editing={canWrite && unsavedEdits ? editing : null} />
                  </div>
                </Col>
              </Row>
            ),
          },
          {
            key: 'versions',
            label: t('listings.tabs.versions'),
            children: <VersionsPanel listingId={current.id} currentVersion={current.contentVersion} />,
          },
          {
            key: 'review',
            label: t('listings.tabs.review'),
            children: <ReviewPanel listing={current} />,
          },
          {
            key: 'history',
            label: t('listings.tabs.history'),
            children: history.isError ? (
              <ProblemAlert error={history.error} />
            ) : history.isPending ? (
              <Loading />
            ) : history.data.length === 0 ? (
              <Empty />
            ) : (
              <Flex vertical>
                <HistoryTimeline entries={history.data} vocabulary={historyVocabulary} />
              </Flex>
            ),
          },
        ]}
      />
    </Page>
  );
}
