import { Descriptions, Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { eventName, formatDateTime } from '@/lib/format';

import type { ListingDetails } from '../api/get-listing';
import type { ListingHistory } from '../api/get-listing-history';

const loopEvents = ['ListingSubmitted', 'ListingRelisted', 'ListingWentLive', 'ListingRejected', 'ListingSuppressed', 'ListingDelisted'] as const;
type LoopEvent = (typeof loopEvents)[number];
const isLoopEvent = (type: string): type is LoopEvent => (loopEvents as readonly string[]).includes(type);

const field = (data: unknown, name: string): unknown =>
  typeof data === 'object' && data !== null && name in data ? (data as Record<string, unknown>)[name] : undefined;
const text = (data: unknown, name: string): string => {
  const value = field(data, name);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const list = (data: unknown, name: string): string[] => {
  const value = field(data, name);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

const colours: Record<LoopEvent, string> = {
  ListingSubmitted: 'blue',
  ListingRelisted: 'blue',
  ListingWentLive: 'green',
  ListingRejected: 'red',
  ListingSuppressed: 'orange',
  ListingDelisted: 'gray',
};

/** The review loop: what the listing view says of the platform's answers, and each submission and result in order. */
export function ReviewPanel({ listing, history }: { listing: ListingDetails; history: ListingHistory | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const date = (iso: string | null | undefined) => formatDateTime(iso, language) ?? t('common.noValue');
  const firstPass = listing.approvedOnFirstSubmission;
  // The history names events by the store's alias (listing_submitted).
  const loop = (history ?? []).filter((e) => isLoopEvent(eventName(e.type))).sort((a, b) => a.version - b.version);

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
          items={loop.map((entry) => {
            const type = eventName(entry.type) as LoopEvent;
            const data = entry.data;
            let title: string;
            if (type === 'ListingSubmitted' || type === 'ListingRelisted')
              title = t(`listings.loop.${type}`, { version: text(data, 'contentVersion'), score: text(data, 'contentScore') });
            else if (type === 'ListingWentLive') title = t('listings.loop.ListingWentLive', { asin: text(data, 'asin') });
            else if (type === 'ListingRejected') title = t('listings.loop.ListingRejected', { codes: list(data, 'reasonCodes').join(', ') });
            else title = t(`listings.loop.${type}`);
            const reason = type === 'ListingRejected' ? text(data, 'reasonText') : type === 'ListingSuppressed' || type === 'ListingDelisted' ? text(data, 'reason') : '';
            return {
              key: entry.version,
              color: colours[type],
              content: (
                <div data-testid="review-entry">
                  <Typography.Text strong>{title}</Typography.Text>
                  {reason ? <div>{reason}</div> : null}
                  <Typography.Text type="secondary">
                    {t('listings.byAt', { actor: entry.actor ?? t('history.system'), date: date(entry.timestamp) })}
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
