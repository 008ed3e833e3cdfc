import { Alert, Button, Card, Empty, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { Loading } from '@/components/ui/loading';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import { useListingQuality } from '../api/get-listing-quality';
import { useListingSettings } from '../api/get-listing-settings';

import { fieldLabel, ruleLabel } from './listing-labels';

/** The spec's default, used until (or unless) the settings in force can be read. */
const defaultMinimumScore = 60;

/**
 * The quality check of the current content, as the server runs it now: score, whether it can be submitted (no
 * error-level finding and at least the minimum score), and each finding on its field. Saving refetches it.
 */
export function QualityPanel({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const quality = useListingQuality(listingId);
  const settings = useListingSettings();
  const minimum = settings.data?.settings?.minContentScoreToSubmit ?? defaultMinimumScore;

  let body;
  if (quality.isPending) body = <Loading />;
  else if (quality.isError)
    body = <ProblemAlert error={quality.error} action={<Button onClick={() => void quality.refetch()}>{t('common.retry')}</Button>} />;
  else {
    const report = quality.data;
    const errors = report.findings.filter((f) => f.severity === 'Error').length;
    const passes = errors === 0 && report.score >= minimum;
    body = (
      <Flex vertical gap={16}>
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
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('listings.checkedAt', { date: formatDateTime(report.checkedAt, language) ?? '' })} · {t('listings.versionN', { n: report.contentVersion })}
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
