import { Descriptions, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { ListingDetails } from '../api/get-listing';

import { DeadlineTag, formatSpan, StatusTag } from './listing-labels';

/** Where the go-live deadline stands, in words: time left, how late, or when it was met or breached. */
function DeadlineStanding({ listing, now }: { listing: ListingDetails; now: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const deadline = listing.deadline;
  if (listing.deadlineState === 'None' || !deadline) return <Typography.Text type="secondary">{t('listings.deadlineNone')}</Typography.Text>;
  const due = Date.parse(deadline.dueAt);
  const lines: string[] = [t('listings.deadlineDue', { date: formatDateTime(deadline.dueAt, language) ?? '' })];
  if (listing.deadlineState === 'Met' && deadline.metAt) lines.push(t('listings.deadlineMetAt', { date: formatDateTime(deadline.metAt, language) ?? '' }));
  else if (listing.deadlineState === 'Breached') {
    if (deadline.breachedAt) lines.push(t('listings.deadlineBreachedAt', { date: formatDateTime(deadline.breachedAt, language) ?? '' }));
    lines.push(t('listings.deadlineOverdueBy', { time: formatSpan(t, now - due) }));
  } else if (due >= now) lines.push(t('listings.deadlineLeft', { time: formatSpan(t, due - now) }));
  else lines.push(t('listings.deadlineOverdueBy', { time: formatSpan(t, now - due) }));
  return (
    <span>
      <DeadlineTag listing={{ deadlineState: listing.deadlineState, deadline: null }} />
      <Typography.Text>{lines.join(' · ')}</Typography.Text>
    </span>
  );
}

/** The time now, refreshed every minute (time left on a deadline ticks down while the page is open). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The listing's header: SKU, status, deadline, score and the platform's id. */
export function ListingSummary({ listing }: { listing: ListingDetails }) {
  const now = useNow();
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }}
      items={[
        { key: 'sku', label: t('listings.sku'), children: listing.sku },
        { key: 'status', label: t('listings.status'), children: <StatusTag status={listing.status} /> },
        { key: 'score', label: t('listings.score'), children: listing.contentScore },
        { key: 'deadline', label: t('listings.deadline'), span: 'filled', children: <DeadlineStanding listing={listing} now={now} /> },
        { key: 'asin', label: t('listings.asin'), children: listing.asin ?? t('common.noValue') },
        { key: 'origin', label: t('listings.origin'), children: t(`listings.origins.${listing.origin}`) },
        { key: 'drafted', label: t('listings.draftedAt'), children: `${formatDateTime(listing.draftedAt, language) ?? ''} · ${listing.draftedBy}` },
      ]}
    />
  );
}
