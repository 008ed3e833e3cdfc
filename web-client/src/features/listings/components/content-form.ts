import type { Problem } from '@/lib/problem';

import type { ChangeListingContentInput } from '../api/change-listing-content';
import type { ListingContent } from '../api/get-listing';
import { leftToTheServer } from '@/lib/left-to-the-server';

export const bulletSlots = 5;

/** The server's limit on a listing's price (ListingPriceValidator). */
export const maxPrice = 1_000_000;

export const attributeNames = ['brand', 'model', 'size', 'weight', 'material', 'colour', 'functions', 'usage', 'warranty'] as const;

type ImageValues = { url?: string; role?: ChangeListingContentInput['images'][number]['role']; altText?: string };

/** The editor's values: always five bullet slots; the price split in amount and currency. */
export type ContentValues = {
  title?: string;
  bullets?: Array<string | undefined>;
  description?: string;
  searchTerms?: string;
  images?: ImageValues[];
  attributes?: Partial<ChangeListingContentInput['attributes']>;
  browseCategory?: string;
  price?: { amount?: number | null; currency?: string };
  targetKeywords?: string[];
};

export function toValues(content: ListingContent): ContentValues {
  return {
    title: content.title,
    bullets: Array.from({ length: Math.max(bulletSlots, content.bullets.length) }, (_, i) => content.bullets[i] ?? ''),
    description: content.description,
    searchTerms: content.searchTerms,
    images: content.images.map((i) => ({ ...i })),
    attributes: { ...content.attributes },
    browseCategory: content.browseCategory || undefined,
    price: { amount: content.price?.amount ?? null, currency: content.price?.currency ?? 'USD' },
    targetKeywords: [...content.targetKeywords],
  };
}

const text = (value: string | undefined | null) => (value ?? '').trim();

/**
 * The request for the values, and where each sent bullet came from: blank bullet slots are left out (the server
 * refuses an empty bullet), so `bullets[1]` in a server error may be the third slot.
 */
export function toRequest(values: ContentValues): { body: ChangeListingContentInput; bulletSlotOf: number[] } {
  const bulletSlotOf: number[] = [];
  const bullets: string[] = [];
  (values.bullets ?? []).forEach((bullet, slot) => {
    if (text(bullet)) {
      bullets.push(text(bullet));
      bulletSlotOf.push(slot);
    }
  });
  const attributes = Object.fromEntries(attributeNames.map((name) => [name, text(values.attributes?.[name])])) as ChangeListingContentInput['attributes'];
  const amount = values.price?.amount;
  return {
    bulletSlotOf,
    body: {
      title: text(values.title),
      bullets,
      description: text(values.description),
      searchTerms: text(values.searchTerms),
      images: (values.images ?? []).map((i) => ({ url: text(i.url), role: leftToTheServer(i.role), altText: text(i.altText) })),
      attributes,
      browseCategory: text(values.browseCategory),
      price: amount === undefined || amount === null ? null : { amount, currency: text(values.price?.currency) },
      targetKeywords: (values.targetKeywords ?? []).map((k) => k.trim()).filter(Boolean),
    },
  };
}

/** Whether `body` (what Save would send) is the saved content, as the editor would send it unedited. */
export function isSavedContent(body: ChangeListingContentInput, saved: ListingContent): boolean {
  return JSON.stringify(body) === JSON.stringify(toRequest(toValues(saved)).body);
}

type NamePath = Array<string | number>;
export type ContentFieldError = { name: NamePath; errors: string[] };

const camel = (segment: string) => segment.charAt(0).toLowerCase() + segment.slice(1);

/** `images[0].Url` → ['images', 0, 'url']. */
function segments(key: string): NamePath {
  const path: NamePath = [];
  for (const part of key.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [key];
    if (match[1]) path.push(camel(match[1]));
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** The editor field a server error key names, or null when it names none (e.g. the number of images, a header). */
function fieldOf(path: NamePath, bulletSlotOf: readonly number[], imageCount: number): NamePath | null {
  const [root, index, member] = path;
  switch (root) {
    case 'title':
    case 'description':
    case 'searchTerms':
    case 'browseCategory':
    case 'targetKeywords':
      return [root];
    case 'bullets':
      return typeof index === 'number' ? ['bullets', bulletSlotOf[index] ?? index] : ['bullets', 0];
    case 'images':
      if (typeof index !== 'number' || index >= imageCount) return null;
      return ['images', index, typeof member === 'string' && ['url', 'role', 'altText'].includes(member) ? member : 'url'];
    case 'attributes':
      return typeof index === 'string' && (attributeNames as readonly string[]).includes(index) ? ['attributes', index] : null;
    case 'price':
      return ['price', index === 'currency' ? 'currency' : 'amount'];
    default:
      return null;
  }
}

/** Splits a validation problem's errors into the editor's fields and the rest (shown above the form). */
export function contentFieldErrors(problem: Problem, bulletSlotOf: readonly number[], imageCount: number) {
  const byField = new Map<string, ContentFieldError>();
  const other: string[] = [];
  for (const [key, messages] of Object.entries(problem.errors ?? {})) {
    const name = fieldOf(segments(key), bulletSlotOf, imageCount);
    if (!name) {
      other.push(...messages.map((m) => `${key}: ${m}`));
      continue;
    }
    const id = name.join('.');
    const entry = byField.get(id) ?? { name, errors: [] };
    entry.errors.push(...messages.filter((m) => !entry.errors.includes(m)));
    byField.set(id, entry);
  }
  return { fields: [...byField.values()], other };
}
