import { Alert, Button, Card, Empty, Flex, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem';
import { useDebouncedValue } from '@/lib/use-debounced-value';

import type { ChangeListingContentInput } from '../api/change-listing-content';
import { useListingQuality, type QualityReport } from '../api/get-listing-quality';
import { minimumScoreOf, useListingSettings } from '../api/get-listing-settings';
import { useListingQualityPreview } from '../api/preview-listing-quality';

import { fieldLabel, ruleLabel } from './listing-labels';

/** How long typing pauses before the edits are checked. */
export const previewDelayMs = 300;

type QualityPanelProps = {
  listingId: string;
  /** The saved content's version: a report numbered above it is of edits not saved yet. */
  currentVersion: number;
  /** The content being edited, as Save would send it; null while nothing was edited. */
  editing?: ChangeListingContentInput | null;
};

/**
 * The quality check as the server runs it now: score, whether it can be submitted (no error-level finding and at
 * least the minimum score), and each finding on its field. While content is being edited it is the check of what is
 * typed (the server's, asked once typing pauses), otherwise of the saved content. There is no copy of the rules here.
 */
export function QualityPanel({ listingId, currentVersion, editing = null }: QualityPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const typed = useDebouncedValue(editing, previewDelayMs);
  const saved = useListingQuality(listingId);
  const preview = useListingQualityPreview(listingId, typed);
  const settings = useListingSettings();
  const minimum = minimumScoreOf(settings.data);
  // Edits the server cannot check yet (a half-typed image address) leave the last report on screen, with why.
  const [lastPreview, setLastPreview] = useState<QualityReport>();
  if (preview.data && !preview.isPlaceholderData && preview.data !== lastPreview) setLastPreview(preview.data);
  // Once the edits are saved or dropped, an earlier check of them is no longer what is being typed.
  if (typed === null && lastPreview) setLastPreview(undefined);
  const quality = typed === null ? saved : preview;
  const shown = typed === null ? saved.data : (preview.data ?? lastPreview ?? saved.data);
  const previewProblem = typed !== null && preview.isError ? problemOf(preview.error) : null;

  let body;
  if (!shown && quality.isPending) body = <Loading />;
  else if (!shown)
    body = <ProblemAlert error={quality.error} action={<Button onClick={() => void quality.refetch()}>{t('common.retry')}</Button>} />;
  else {
    const report = shown;
    const errors = report.findings.filter((f) => f.severity === 'Error').length;
    const passes = errors === 0 && report.score >= minimum;
    const unsaved = typed !== null && report.contentVersion > currentVersion;
    body = (
      <Flex vertical gap={16} aria-busy={editing !== typed || preview.isFetching}>
        {previewProblem ? (
          <Alert
            type="info"
            showIcon
            title={t('listings.previewWaits')}
            description={Object.values(previewProblem.errors ?? {}).flat().join(' ') || previewProblem.detail}
          />
        ) : null}
        <Flex align="center" gap={16} wrap>
          <Progress
            type="circle"
            size={96}
            percent={report.score}
            status={passes ? 'success' : 'exception'}
            format={() => report.score}
            aria-label={t('listings.qualityScore')}
          />
          <Flex vertical gap={4}>
            <Typography.Text type="secondary">{t('listings.qualityScore')}</Typography.Text>
            <Typography.Text strong data-testid="quality-score">
              {t('listings.scoreOf', { score: report.score })}
            </Typography.Text>
            {report.keywordCoveragePercent !== null && report.keywordCoveragePercent !== undefined ? (
              <Typography.Text type="secondary">
                {t('listings.keywordCoverage')}: {report.keywordCoveragePercent}%
              </Typography.Text>
            ) : null}
          </Flex>
        </Flex>
        <Alert
          type={passes ? 'success' : 'warning'}
          showIcon
          role="status"
          title={passes ? t('listings.passes') : t('listings.fails')}
          description={
            passes
              ? t('listings.passesHint', { minimum })
              : errors > 0
                ? t('listings.failsErrors', { count: errors })
                : t('listings.failsScore', { minimum })
          }
        />
        <div>
          <Typography.Title level={5}>{t('listings.findings')}</Typography.Title>
          {report.findings.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listings.noFindings')} />
          ) : (
            <Flex vertical gap={8} role="list" aria-label={t('listings.findings')}>
              {report.findings.map((finding, index) => (
                <Flex key={`${finding.code}-${finding.field}-${index}`} vertical gap={2} role="listitem">
                    <span>
                      <Tag color={finding.severity === 'Error' ? 'red' : 'orange'}>{t(`listings.severities.${finding.severity}`)}</Tag>
                      <Typography.Text strong>{ruleLabel(t, finding.code)}</Typography.Text>
                      <Typography.Text type="secondary"> · {fieldLabel(t, finding.field)}</Typography.Text>
                    </span>
                    <Typography.Text>{language === 'zh' ? finding.chineseMessage : finding.message}</Typography.Text>
                </Flex>
              ))}
            </Flex>
          )}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="quality-checked">
          {t('listings.checkedAt', { date: formatDateTime(report.checkedAt, language) ?? '' })} ·{' '}
          {unsaved ? t('listings.checkedUnsaved', { n: report.contentVersion }) : t('listings.versionN', { n: report.contentVersion })}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <Card title={t('listings.quality')} size="small" aria-label={t('listings.quality')} role="region">
      {body}
    </Card>
  );
}
