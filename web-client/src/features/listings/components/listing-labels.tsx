import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/i18n';
import { formatDateTime } from '@/lib/format';

import type { ListingDetails } from '../api/get-listing';
import type { DeadlineState, ListingStatus } from '../api/get-listings';

const statusColours: Record<ListingStatus, string> = {
  Draft: 'default',
  Submitted: 'processing',
  Live: 'success',
  Rejected: 'error',
  Revised: 'warning',
  Suppressed: 'volcano',
  Delisted: 'default',
  Relisted: 'processing',
};

const deadlineColours: Record<DeadlineState, string> = {
  None: 'default',
  Running: 'blue',
  Warned: 'orange',
  Breached: 'red',
  Met: 'green',
};

export function StatusTag({ status }: { status: ListingStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColours[status]}>{t(`listings.statuses.${status}`)}</Tag>;
}

/** The go-live deadline as a coloured tag, with its due date when there is one. */
export function DeadlineTag({ listing }: { listing: Pick<ListingDetails, 'deadlineState' | 'deadline'> }) {
  const { t } = useTranslation();
  const due = formatDateTime(listing.deadline?.dueAt, currentLanguage());
  return (
    <span>
      <Tag color={deadlineColours[listing.deadlineState]}>{t(`listings.deadlineStates.${listing.deadlineState}`)}</Tag>
      {due && listing.deadlineState !== 'None' ? (
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('listings.dueOn', { date: due })}
        </Typography.Text>
      ) : null}
    </span>
  );
}

/** "2 days 3 hours": a span of time in its two largest units. */
export function formatSpan(t: TFunction, milliseconds: number): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return [t('listings.days', { count: days }), hours > 0 ? t('listings.hours', { count: hours }) : null].filter(Boolean).join(' ');
  if (hours > 0) return [t('listings.hours', { count: hours }), rest > 0 ? t('listings.minutes', { count: rest }) : null].filter(Boolean).join(' ');
  return t('listings.minutes', { count: rest });
}

const attributeNames = ['brand', 'model', 'size', 'weight', 'material', 'colour', 'functions', 'usage', 'warranty'] as const;
type AttributeName = (typeof attributeNames)[number];
const isAttribute = (name: string): name is AttributeName => (attributeNames as readonly string[]).includes(name);

/**
 * A content path as the API spells it (title, bullets[2], images[0].url, attributes.brand, price.amount) in words:
 * the labels of the editor's fields, so findings and diffs name what the person sees.
 */
export function fieldLabel(t: TFunction, path: string): string {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/.exec(path);
  if (!match) return path;
  const [, root = '', index, member] = match;
  const n = index === undefined ? undefined : Number(index) + 1;
  switch (root) {
    case 'title':
    case 'description':
    case 'browseCategory':
      return t(`listings.fields.${root}`);
    case 'searchTerms':
      return t('listings.fields.searchTerms');
    case 'bullets':
      return n === undefined ? t('listings.fields.bullets') : t('listings.fields.bullet', { n });
    case 'images':
      if (n === undefined) return t('listings.fields.images');
      if (member === 'role') return t('listings.fields.imageRole', { n });
      if (member === 'altText') return t('listings.fields.imageAltText', { n });
      return t('listings.fields.imageUrl', { n });
    case 'attributes':
      return member && isAttribute(member) ? t(`listings.attributes.${member}`) : t('listings.fields.attributes');
    case 'price':
      return member === 'currency' ? t('listings.fields.currency') : t('listings.fields.price');
    case 'targetKeywords':
      return n === undefined ? t('listings.fields.targetKeywords') : t('listings.fields.targetKeyword', { n });
    default:
      return path;
  }
}

const ruleCodes = [
  'title_required',
  'title_too_long',
  'banned_word',
  'too_few_bullets',
  'bullet_too_long',
  'too_few_images',
  'exactly_one_main_image',
  'search_terms_too_long',
  'search_terms_repeat_title',
  'required_attribute_missing',
  'price_required',
  'target_keyword_not_covered',
  'content_score_below_minimum',
] as const;
type RuleCode = (typeof ruleCodes)[number];
const isRuleCode = (code: string): code is RuleCode => (ruleCodes as readonly string[]).includes(code);

/** A quality rule by its code (listing.title_too_long), translated; an unknown (newer) rule shows its code. */
export function ruleLabel(t: TFunction, code: string): string {
  const name = code.startsWith('listing.') ? code.slice('listing.'.length) : code;
  return isRuleCode(name) ? t(`listings.rules.${name}`) : code;
}
