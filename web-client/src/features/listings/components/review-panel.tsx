import { Descriptions, Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { ListingDetails } from '../api/get-listing';

type ReviewStep = ListingDetails['reviewLoop'][number];

const colours: Record<ReviewStep['kind'], string> = {
  Submitted: 'blue',
  Relisted: 'blue',
  WentLive: 'green',
  Rejected: 'red',
  Suppressed: 'orange',
  Delisted: 'gray',
};

/** The review loop: what the listing view says of the platform's answers, and each submission and result in order. */
export function ReviewPanel({ listing }: { listing: ListingDetails }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const date = (iso: string | null | undefined) => formatDateTime(iso, language) ?? t('common.noValue');
  const firstPass = listing.approvedOnFirstSubmission;
  const loop = listing.reviewLoop;

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        items={[
          { key: 'submissions', label: t('listings.submissions'), children: listing.submissions },
          { key: 'submittedAt', label: t('listings.lastSubmittedAt'), children: date(listing.submittedAt) },
          {
            key: 'firstPass',
            label: t('listings.firstPass'),
            children: firstPass === null || firstPass === undefined ? t('common.noValue') : firstPass ? t('listings.yes') : t('listings.no'),
          },
          { key: 'asin', label: t('listings.asin'), children: listing.asin ?? t('common.noValue') },
          { key: 'firstLive', label: t('listings.firstWentLiveAt'), children: date(listing.firstWentLiveAt) },
          { key: 'live', label: t('listings.wentLiveAt'), children: date(listing.wentLiveAt) },
          ...(listing.rejection
            ? [
                {
                  key: 'rejection',
                  label: t('listings.lastRejection'),
                  span: 'filled' as const,
                  children: (
                    <span>
                      <Typography.Text code>{listing.rejection.reasonCodes.join(', ')}</Typography.Text> {listing.rejection.reasonText} ·{' '}
                      <Typography.Text type="secondary">{date(listing.rejection.rejectedAt)}</Typography.Text>
                    </span>
                  ),
                },
              ]
            : []),
          ...(listing.suppressionReason
            ? [{ key: 'suppression', label: t('listings.suppressionReason'), span: 'filled' as const, children: listing.suppressionReason }]
            : []),
          ...(listing.delistReason ? [{ key: 'delist', label: t('listings.delistReason'), span: 'filled' as const, children: listing.delistReason }] : []),
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('listings.reviewLoop')}
      </Typography.Title>
      {loop.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('listings.noReviews')} />
      ) : (
        <Timeline
          items={loop.map((step, index) => {
            const title = t(`listings.loop.${step.kind}`, {
              version: step.contentVersion ?? '',
              score: step.contentScore ?? '',
              asin: step.asin ?? '',
              codes: (step.reasonCodes ?? []).join(', '),
            });
            const reason = step.reason ?? '';
            return {
              key: index,
              color: colours[step.kind],
              content: (
                <div data-testid="review-entry">
                  <Typography.Text strong>{title}</Typography.Text>
                  {reason ? <div>{reason}</div> : null}
                  <Typography.Text type="secondary">
                    {t('listings.byAt', { actor: step.by, date: date(step.at) })}
                  </Typography.Text>
                </div>
              ),
            };
          })}
        />
      )}
    </Flex>
  );
}
