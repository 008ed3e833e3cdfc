import { http, HttpResponse, type HttpHandler } from 'msw';

import type { components } from '@/lib/api/schema';
import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { page } from '../paging';
import { problem, refused, validationProblem } from '../problems';
import { type HistoryEntry, historyEntry } from '../history';

/**
 * Mirrors the listings endpoints of the host (src/Modules/Listing/Listing/Listings), with their validation, refusals
 * and the quality check under the default settings. State lives here; reset after every test.
 */

type ListingDetails = ResponseOf<'/api/listing/listings/{id}', 'get'>;
type ListingContent = ListingDetails['content'];
type QualityReport = ResponseOf<'/api/listing/listings/{id}/quality', 'get'>;
type QualityFinding = QualityReport['findings'][number];
type ListingSettings = components['schemas']['ListingSettings'];
type ContentBody = BodyOf<'/api/listing/listings/{id}/content', 'put'>;
type CreateBody = BodyOf<'/api/listing/listings', 'post'>;
type ReviewBody = BodyOf<'/api/listing/listings/{id}/review-result', 'post'>;

type ContentRow = { contentVersion: number; listingVersion: number; content: ListingContent; changedBy: string; changedAt: string };
type ReviewStep = components['schemas']['ListingReviewStep'];
type Stored = { details: ListingDetails; versions: ContentRow[]; history: HistoryEntry[] };

/** ListingSettings' defaults (src/Modules/Listing/Listing/ListingSettings.cs). */
export const defaultListingSettings: ListingSettings = {
  goLiveWorkingDays: 3,
  goLiveWarnWorkingDaysBefore: 1,
  maxTitleLength: 200,
  bannedWords: ['best seller', 'free shipping', '#1', 'guarantee'],
  minBullets: 5,
  maxBulletLength: 500,
  minImages: 6,
  maxSearchTermBytes: 249,
  requiredAttributes: ['brand', 'model', 'size', 'weight', 'material', 'colour'],
  minContentScoreToSubmit: 60,
  scorePenaltyPerError: 20,
  scorePenaltyPerWarning: 5,
  kpiTargets: {
    firstPassApprovalRatePercent: null,
    daysApprovedToLive: null,
    goLiveDeadlineMetPercent: null,
    averageContentScore: null,
    keywordCoveragePercent: null,
    coreKeywordsOnFirstPagePercent: null,
    promotionRoi: null,
    promotionAcosPercent: 25,
    plansMeetingAcosTargetPercent: null,
  },
};

const state = { listings: [] as Stored[], idempotency: new Map<string, string>(), actor: 'admin@demo.ops', clock: 0 };

const emptyAttributes = (): ListingContent['attributes'] => ({
  brand: '', model: '', size: '', weight: '', material: '', colour: '', functions: '', usage: '', warranty: '',
});

export const emptyContent = (): ListingContent => ({
  title: '', bullets: [], description: '', searchTerms: '', images: [], attributes: emptyAttributes(), browseCategory: '', price: null, targetKeywords: [],
});

/** Content that passes every rule under the default settings (as the host's demo data's GoodContent). */
export function goodContent(product = 'Lumina LED Desk Lamp'): ListingContent {
  const image = (n: number, role: ListingContent['images'][number]['role']) => ({ url: `https://images.example/demo/${n}.jpg`, role, altText: `${product}, view ${n}` });
  return {
    title: `${product} for Home and Office, Sturdy and Easy to Set Up`,
    bullets: [
      `Made for everyday use: the ${product} is sturdy and easy to set up.`,
      'Fits small desks, shelves and dorm rooms without tools.',
      'Materials chosen to last, tested by our quality team before shipping.',
      'Clean, modern design in a neutral colour that suits any room.',
      'Two-year warranty and friendly support if anything goes wrong.',
    ],
    description: `The ${product} keeps your space tidy and practical.`,
    searchTerms: 'gift organiser workspace accessory',
    images: [image(1, 'Main'), image(2, 'Secondary'), image(3, 'Secondary'), image(4, 'Lifestyle'), image(5, 'Lifestyle'), image(6, 'Infographic')],
    attributes: { ...emptyAttributes(), brand: 'Ops Demo', model: 'OD-100', size: '10 x 6 x 4 in', weight: '1.2 lb', material: 'ABS plastic', colour: 'Black', warranty: 'Two years' },
    browseCategory: 'Home & Kitchen > Storage & Organisation',
    price: { amount: 24.99, currency: 'USD' },
    targetKeywords: ['home and office', 'easy to set up'],
  };
}

// ---- The quality check (QualityCheck.cs) ----

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
const error = (code: string, field: string, message: string, chineseMessage: string): QualityFinding => ({ code, severity: 'Error', field, message, chineseMessage });
const warning = (code: string, field: string, message: string, chineseMessage: string): QualityFinding => ({ code, severity: 'Warning', field, message, chineseMessage });

export function checkQuality(content: ListingContent, contentVersion: number, policy: ListingSettings = defaultListingSettings): QualityReport {
  const findings: QualityFinding[] = [];
  const titleLength = graphemes(content.title);
  if (!content.title.trim()) findings.push(error('listing.title_required', 'title', 'The title is blank.', '标题为空。'));
  else if (titleLength > policy.maxTitleLength)
    findings.push(error('listing.title_too_long', 'title', `The title has ${titleLength} characters; at most ${policy.maxTitleLength} are allowed.`, `标题有 ${titleLength} 个字符，最多允许 ${policy.maxTitleLength} 个。`));
  const texts: Array<[string, string]> = [['title', content.title], ...content.bullets.map((b, i): [string, string] => [`bullets[${i}]`, b])];
  for (const [field, text] of texts)
    for (const banned of policy.bannedWords.filter((w) => text.toLowerCase().includes(w.toLowerCase())))
      findings.push(error('listing.banned_word', field, `"${banned}" may not appear in the title or bullets.`, `标题和要点中不得出现“${banned}”。`));
  if (content.bullets.length < policy.minBullets)
    findings.push(error('listing.too_few_bullets', 'bullets', `${content.bullets.length} bullet points; at least ${policy.minBullets} are needed.`, `共 ${content.bullets.length} 条要点，至少需要 ${policy.minBullets} 条。`));
  content.bullets.forEach((bullet, i) => {
    const length = graphemes(bullet);
    if (length > policy.maxBulletLength)
      findings.push(error('listing.bullet_too_long', `bullets[${i}]`, `Bullet point ${i + 1} has ${length} characters; at most ${policy.maxBulletLength} are allowed.`, `第 ${i + 1} 条要点有 ${length} 个字符，最多允许 ${policy.maxBulletLength} 个。`));
  });
  if (content.images.length < policy.minImages)
    findings.push(error('listing.too_few_images', 'images', `${content.images.length} images; at least ${policy.minImages} are needed.`, `共 ${content.images.length} 张图片，至少需要 ${policy.minImages} 张。`));
  const main = content.images.filter((i) => i.role === 'Main').length;
  if (main !== 1) findings.push(error('listing.exactly_one_main_image', 'images', `${main} main images; exactly one is needed.`, `主图有 ${main} 张，必须恰好一张。`));
  const bytes = new TextEncoder().encode(content.searchTerms).length;
  if (bytes > policy.maxSearchTermBytes)
    findings.push(error('listing.search_terms_too_long', 'searchTerms', `The search terms take ${bytes} bytes (UTF-8); the platform reads only ${policy.maxSearchTermBytes}.`, `搜索词占 ${bytes} 字节（UTF-8），平台只读取前 ${policy.maxSearchTermBytes} 字节。`));
  const titleWords = new Set(words(content.title));
  const repeated = [...new Set(words(content.searchTerms).filter((w) => titleWords.has(w)))];
  if (repeated.length > 0)
    findings.push(warning('listing.search_terms_repeat_title', 'searchTerms', `The search terms repeat title words (${repeated.join(', ')}); the title is indexed already.`, `搜索词重复了标题中的词（${repeated.join('、')}），标题本身已被索引。`));
  for (const name of policy.requiredAttributes) {
    const value = content.attributes[name as keyof ListingContent['attributes']] ?? '';
    if (!value.trim()) findings.push(error('listing.required_attribute_missing', `attributes.${name}`, `The attribute '${name}' is required.`, `必须填写属性“${name}”。`));
  }
  if (!content.price) findings.push(error('listing.price_required', 'price', 'A listing needs a price.', '商品必须有价格。'));
  const visible = [content.title, ...content.bullets].join('\n').toLowerCase();
  const missing = content.targetKeywords.map((keyword, i) => ({ keyword, i })).filter((k) => !visible.includes(k.keyword.trim().toLowerCase()));
  for (const { keyword, i } of missing)
    findings.push(warning('listing.target_keyword_not_covered', `targetKeywords[${i}]`, `The target keyword "${keyword}" appears in neither the title nor the bullets.`, `目标关键词“${keyword}”未出现在标题或要点中。`));
  const total = content.targetKeywords.length;
  const errors = findings.filter((f) => f.severity === 'Error').length;
  const score = Math.max(0, 100 - errors * policy.scorePenaltyPerError - (findings.length - errors) * policy.scorePenaltyPerWarning);
  return {
    contentVersion,
    score,
    keywordCoveragePercent: total === 0 ? null : Math.round(((total - missing.length) / total) * 1000) / 10,
    findings,
    checkedAt: now(),
  };
}

// ---- The content diff (ContentDiff.cs) ----

function flatten(content: ListingContent): Array<[string, string]> {
  return [
    ['title', content.title],
    ...content.bullets.map((b, i): [string, string] => [`bullets[${i}]`, b]),
    ['description', content.description],
    ['searchTerms', content.searchTerms],
    ...content.images.flatMap((image, i): Array<[string, string]> => [
      [`images[${i}].url`, image.url],
      [`images[${i}].role`, image.role],
      [`images[${i}].altText`, image.altText],
    ]),
    ...Object.entries(content.attributes).map(([name, value]): [string, string] => [`attributes.${name}`, value]),
    ['browseCategory', content.browseCategory],
    ...(content.price ? ([['price.amount', String(content.price.amount)], ['price.currency', content.price.currency]] as Array<[string, string]>) : []),
    ...content.targetKeywords.map((k, i): [string, string] => [`targetKeywords[${i}]`, k]),
  ];
}

const sections = ['title', 'bullets', 'description', 'searchTerms', 'images', 'attributes', 'browseCategory', 'price', 'targetKeywords'];
const parts = ['url', 'role', 'altText', 'amount', 'currency', 'brand', 'model', 'size', 'weight', 'material', 'colour', 'functions', 'usage', 'warranty'];

/** The order the host lists fields in: section, item index, part. */
function rank(field: string): number[] {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/.exec(field);
  return [sections.indexOf(match?.[1] ?? ''), Number(match?.[2] ?? 0), parts.indexOf(match?.[3] ?? '')];
}
const byRank = (a: string, b: string) => {
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

export function diffContent(before: ListingContent, after: ListingContent) {
  const old = new Map(flatten(before));
  const next = new Map(flatten(after));
  return [...new Set([...old.keys(), ...next.keys()])]
    .sort(byRank)
    .map((field) => ({ field, before: old.get(field) ?? null, after: next.get(field) ?? null }))
    .filter((c) => c.before !== c.after);
}

// ---- State ----

function now(): string {
  state.clock += 1;
  return new Date(Date.parse('2026-12-01T09:00:00Z') + state.clock * 60_000).toISOString();
}

let sequence = 0;
const newId = () => `0190b000-0000-7000-8000-${(++sequence).toString(16).padStart(12, '0')}`;

/** The listing view's review loop, as the host's projection keeps it. */
function step(stored: Stored, next: Partial<ReviewStep> & Pick<ReviewStep, 'kind' | 'at'>): void {
  const full: ReviewStep = { by: state.actor, contentVersion: null, contentScore: null, asin: null, reasonCodes: null, reason: null, ...next };
  stored.details = { ...stored.details, reviewLoop: [...stored.details.reviewLoop, full] };
}

function record(stored: Stored, type: string, data: Record<string, unknown>, actor = state.actor): void {
  stored.history.push(historyEntry(stored.history.length + 1, type, data, now(), actor));
  stored.details = { ...stored.details, version: stored.history.length };
}

function changeContent(stored: Stored, content: ListingContent, actor = state.actor): void {
  const version = stored.details.contentVersion + 1;
  record(stored, 'ListingContentChanged', { listingId: stored.details.id, contentVersion: version, content, changedBy: actor, changedAt: now() }, actor);
  stored.versions.push({ contentVersion: version, listingVersion: stored.details.version, content, changedBy: actor, changedAt: now() });
  const quality = checkQuality(content, version);
  record(stored, 'ListingQualityChecked', { listingId: stored.details.id, report: quality }, actor);
  stored.details = {
    ...stored.details,
    content,
    contentVersion: version,
    quality,
    contentScore: quality.score,
    status: stored.details.status === 'Rejected' ? 'Revised' : stored.details.status,
  };
}

type SeedOptions = Partial<Omit<ListingDetails, 'content'>> & { content?: Partial<ListingContent>; sku: string; earlierContents?: ListingContent[] };

/** Puts a listing in the mock store, drafted with its content (earlier content versions first, when given). */
export function seedListing({ content, earlierContents = [], ...overrides }: SeedOptions): ListingDetails {
  const first = earlierContents[0] ?? { ...emptyContent(), ...content };
  const id = overrides.id ?? newId();
  const quality = checkQuality(first, 1);
  const stored: Stored = {
    details: {
      id,
      version: 0,
      sku: overrides.sku,
      status: 'Draft',
      origin: 'Manual',
      candidateId: null,
      productApprovedAt: null,
      asin: null,
      content: first,
      contentVersion: 1,
      quality,
      contentScore: quality.score,
      submissions: 0,
      approvedOnFirstSubmission: null,
      rejection: null,
      reviewLoop: [],
      suppressionReason: null,
      delistReason: null,
      submittedAt: null,
      firstWentLiveAt: null,
      wentLiveAt: null,
      deadlineState: 'None',
      deadline: null,
      draftedBy: 'seed',
      draftedAt: '2026-12-01T08:00:00Z',
    },
    versions: [],
    history: [],
  };
  record(stored, 'ListingDrafted', { listingId: id, sku: overrides.sku, content: first, origin: 'Manual', draftedBy: 'seed' }, 'seed');
  stored.versions.push({ contentVersion: 1, listingVersion: 1, content: first, changedBy: 'seed', changedAt: stored.details.draftedAt });
  record(stored, 'ListingQualityChecked', { listingId: id, report: quality }, 'seed');
  for (const next of [...earlierContents.slice(1), ...(earlierContents.length > 0 ? [{ ...emptyContent(), ...content }] : [])]) changeContent(stored, next, 'seed');
  const { id: _id, sku: _sku, ...rest } = overrides;
  stored.details = { ...stored.details, ...rest, version: stored.details.version };
  state.listings.push(stored);
  return stored.details;
}

/** The listing as the mock store holds it now (for assertions). */
export const storedListing = (sku: string): ListingDetails | undefined => state.listings.find((l) => l.details.sku === sku)?.details;

export function resetListings(): void {
  state.listings = [];
  state.idempotency.clear();
  state.clock = 0;
}

// ---- Validation (the endpoints' validators) ----

type Errors = Record<string, string[]>;
const add = (errors: Errors, key: string, message: string) => {
  errors[key] = [...(errors[key] ?? []), message];
};

function validatePrice(errors: Errors, price: ContentBody['price']) {
  if (!price) return;
  if (!(price.amount > 0)) add(errors, 'price.amount', "'Amount' must be greater than '0'.");
  else if (price.amount > 1_000_000) add(errors, 'price.amount', "'Amount' must be less than or equal to '1000000'.");
  if (!price.currency) add(errors, 'price.currency', "'Currency' must not be empty.");
  else if (!/^[A-Z]{3}$/.test(price.currency)) add(errors, 'price.currency', 'Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.');
}

function validateContent(body: ContentBody): Errors {
  const errors: Errors = {};
  if (body.title.length > 1000) add(errors, 'title', `The length of 'Title' must be 1000 characters or fewer. You entered ${body.title.length} characters.`);
  if (body.bullets.length > 5) add(errors, 'bullets', 'At most 5 bullet points.');
  body.bullets.forEach((b, i) => {
    if (!b.trim()) add(errors, `bullets[${i}]`, "'Bullets' must not be empty.");
  });
  if (body.images.length > 20) add(errors, 'images', 'At most 20 images.');
  body.images.forEach((image, i) => {
    let valid = false;
    try {
      const url = new URL(image.url.trim());
      valid = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      valid = false;
    }
    if (!image.url.trim()) add(errors, `images[${i}].url`, "'Url' must not be empty.");
    if (!valid) add(errors, `images[${i}].url`, 'An image URL is an absolute http or https address.');
    if (!image.role) add(errors, `images[${i}].role`, "'Role' must not be empty.");
  });
  validatePrice(errors, body.price);
  const keywords = body.targetKeywords.map((k) => k.trim().toLowerCase());
  if (new Set(keywords).size !== keywords.length) add(errors, 'targetKeywords', 'Each target keyword may be given once.');
  return errors;
}

const notFound = (id: string, instance: string) => problem(404, 'not_found', 'Not found', { detail: `No listing with id ${id}.`, instance });
const stale = (expected: number, actual: number) =>
  problem(412, 'version_mismatch', 'Stale version', { detail: `If-Match named version ${expected}, but the record is at version ${actual}. Reload and retry.` });

/** Finds the listing and checks If-Match the way CommandResponses.UpdateAsync does. */
function target(request: Request, id: string): { stored: Stored } | { response: Response } {
  const stored = state.listings.find((l) => l.details.id === id);
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch !== null && !/^"\d+"$/.test(ifMatch)) return { response: validationProblem({ 'If-Match': ['If-Match must name a version this API returned as ETag, e.g. "3".'] }) };
  if (!stored) return { response: notFound(id, new URL(request.url).pathname) };
  const expected = ifMatch === null ? null : Number(ifMatch.slice(1, -1));
  if (expected !== null && expected !== stored.details.version) return { response: stale(expected, stored.details.version) };
  return { stored };
}

const ok = (details: ListingDetails, status = 200) => HttpResponse.json(details, { status, headers: { ETag: `"${details.version}"` } });

/** The quality gate of Submit and Relist (ListingRules.QualityGate): every error, and a score too low, named in `rules`. */
function qualityGate(stored: Stored): Response | null {
  const report = checkQuality(stored.details.content, stored.details.contentVersion);
  const rules: Array<{ code: string; field: string | null; message: string }> = report.findings
    .filter((f) => f.severity === 'Error')
    .map((f) => ({ code: f.code, field: f.field, message: f.message }));
  const minimum = defaultListingSettings.minContentScoreToSubmit;
  if (report.score < minimum)
    rules.push({ code: 'listing.content_score_below_minimum', field: null, message: `The content scores ${report.score}; at least ${minimum} is needed to send it to the platform.` });
  const [first] = rules;
  return first ? refused(first.code, rules.map((r) => r.message).join(' '), rules) : null;
}

/** The content as the host stores it from a content body (PUT …/content, POST …/quality-preview). */
const contentOf = (body: ContentBody): ListingContent => ({
  ...body,
  images: body.images.map((i) => ({ url: i.url.trim(), role: i.role ?? 'Secondary', altText: i.altText.trim() })),
  price: body.price ?? null,
});

const base = '/api/listing/listings';

export const listingsHandlers: HttpHandler[] = [
  http.get('/api/listing/settings', () =>
    HttpResponse.json({ id: '0190b000-0000-7000-8000-00000000ffff', version: 1, settings: defaultListingSettings, changedBy: null, changedAt: null }),
  ),

  http.get('/api/listing/browse-categories', () => {
    const seen = new Map<string, string>();
    for (const { details } of state.listings) {
      const category = details.content.browseCategory.trim();
      if (category && !seen.has(category.toUpperCase())) seen.set(category.toUpperCase(), category);
    }
    return HttpResponse.json([...seen.values()].sort((a, b) => a.localeCompare(b)));
  }),

  http.get(base, ({ request }) => {
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const deadlineState = url.searchParams.get('deadlineState');
    const sku = url.searchParams.get('sku')?.trim().toLowerCase();
    const search = url.searchParams.get('search')?.toLowerCase();
    const items = state.listings
      .map((l) => l.details)
      .filter((l) => !status || l.status === status)
      .filter((l) => !deadlineState || l.deadlineState === deadlineState)
      .filter((l) => !sku || l.sku.toLowerCase() === sku)
      .filter((l) => !search || l.sku.toLowerCase().includes(search) || l.content.title.toLowerCase().includes(search))
      .sort((a, b) => a.sku.localeCompare(b.sku));
    return HttpResponse.json(page(items, url));
  }),

  http.post(base, async ({ request }) => {
    const body = (await request.json()) as CreateBody;
    const errors: Errors = {};
    const sku = (body.sku ?? '').trim();
    if (!sku) add(errors, 'sku', "'Sku' must not be empty.");
    else if (sku.length > 64) add(errors, 'sku', `The length of 'Sku' must be 64 characters or fewer. You entered ${sku.length} characters.`);
    else if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(sku)) add(errors, 'sku', "A SKU is letters, digits, '.', '_' and '-', starting with a letter or digit.");
    validatePrice(errors, body.price);
    if (Object.keys(errors).length > 0) return validationProblem(errors, base);
    const key = request.headers.get('Idempotency-Key');
    const replay = key ? state.listings.find((l) => l.details.id === state.idempotency.get(key)) : undefined;
    if (replay) return ok(replay.details, 201);
    if (state.listings.some((l) => l.details.sku.toUpperCase() === sku.toUpperCase()))
      return refused('listing.sku_already_listed', 'This SKU already has a listing; there is one listing per SKU.');
    const details = seedListing({ sku, content: { title: body.title.trim(), browseCategory: body.browseCategory.trim(), price: body.price ?? null } });
    if (key) state.idempotency.set(key, details.id);
    return HttpResponse.json(details, { status: 201, headers: { ETag: `"${details.version}"`, Location: `${base}/${details.id}` } });
  }),

  http.get(`${base}/:id`, ({ params, request }) => {
    const stored = state.listings.find((l) => l.details.id === params.id);
    return stored ? ok(stored.details) : notFound(String(params.id), new URL(request.url).pathname);
  }),

  http.put(`${base}/:id/content`, async ({ params, request }) => {
    const body = (await request.json()) as ContentBody;
    const errors = validateContent(body);
    if (Object.keys(errors).length > 0) return validationProblem(errors, new URL(request.url).pathname);
    const found = target(request, String(params.id));
    if ('response' in found) return found.response;
    const { stored } = found;
    if (stored.details.status === 'Submitted' || stored.details.status === 'Relisted')
      return refused('listing.under_review', "The listing is with the platform for review; wait for the result.");
    const content = contentOf(body);
    if (diffContent(stored.details.content, content).length > 0) changeContent(stored, content);
    return ok(stored.details);
  }),

  http.get(`${base}/:id/quality`, ({ params, request }) => {
    const stored = state.listings.find((l) => l.details.id === params.id);
    if (!stored) return notFound(String(params.id), new URL(request.url).pathname);
    return HttpResponse.json(checkQuality(stored.details.content, stored.details.contentVersion));
  }),

  http.post(`${base}/:id/quality-preview`, async ({ params, request }) => {
    const body = (await request.json()) as ContentBody;
    const errors = validateContent(body);
    if (Object.keys(errors).length > 0) return validationProblem(errors, new URL(request.url).pathname);
    const stored = state.listings.find((l) => l.details.id === params.id);
    if (!stored) return notFound(String(params.id), new URL(request.url).pathname);
    const content = contentOf(body);
    const version = stored.details.contentVersion + (diffContent(stored.details.content, content).length > 0 ? 1 : 0);
    return HttpResponse.json(checkQuality(content, version));
  }),

  http.get(`${base}/:id/versions`, ({ params, request }) => {
    const stored = state.listings.find((l) => l.details.id === params.id);
    if (!stored) return notFound(String(params.id), new URL(request.url).pathname);
    return HttpResponse.json(stored.versions.map(({ content: _content, ...summary }) => summary));
  }),

  http.get(`${base}/:id/versions/:v/diff`, ({ params, request }) => {
    const v = String(params.v);
    if (!/^[1-9][0-9]{0,8}$/.test(v)) return validationProblem({ v: ['A content version is a whole number from 1.'] });
    const version = Number(v);
    const againstParam = new URL(request.url).searchParams.get('against');
    const against = againstParam === null ? version - 1 : Number(againstParam);
    const stored = state.listings.find((l) => l.details.id === params.id);
    const shown = stored?.versions.find((r) => r.contentVersion === version);
    const compared = against === 0 ? null : stored?.versions.find((r) => r.contentVersion === against);
    if (!shown || (against !== 0 && !compared))
      return problem(404, 'not_found', 'Not found', { detail: `Listing ${String(params.id)} has no content version ${shown ? against : version}.` });
    return HttpResponse.json({ listingId: String(params.id), contentVersion: version, against, changes: diffContent(compared?.content ?? emptyContent(), shown.content) });
  }),

  http.post(`${base}/:id/submit`, ({ params, request }) => {
    const found = target(request, String(params.id));
    if ('response' in found) return found.response;
    const { stored } = found;
    const status = stored.details.status;
    if (status === 'Submitted' || status === 'Relisted') return refused('listing.under_review', 'The listing is with the platform for review; wait for the result.');
    if (status === 'Rejected') return refused('listing.rejected_listing_must_be_revised', "Revise the rejected listing's content before submitting it again.");
    if (status !== 'Draft' && status !== 'Revised')
      return refused('listing.only_draft_or_revised_can_be_submitted', 'Only a draft or a revised listing can be submitted for review.');
    const refusal = qualityGate(stored);
    if (refusal) return refusal;
    const at = now();
    record(stored, 'ListingSubmitted', { listingId: stored.details.id, contentVersion: stored.details.contentVersion, contentScore: stored.details.contentScore, submittedBy: state.actor, submittedAt: at });
    stored.details = { ...stored.details, status: 'Submitted', submissions: stored.details.submissions + 1, submittedAt: at };
    step(stored, { kind: 'Submitted', at, contentVersion: stored.details.contentVersion, contentScore: stored.details.contentScore });
    return ok(stored.details);
  }),

  http.post(`${base}/:id/review-result`, async ({ params, request }) => {
    const body = (await request.json()) as ReviewBody;
    const errors: Errors = {};
    if (!body.result) add(errors, 'result', "'Result' must not be empty.");
    if (body.result === 'Approved' && !/^[A-Z0-9]{10}$/.test(body.asin ?? '')) add(errors, 'asin', 'An approval names the ASIN: ten upper-case letters or digits.');
    if (body.result === 'Rejected' && (body.reasonCodes ?? []).length === 0) add(errors, 'reasonCodes', 'A rejection names at least one reason code.');
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    const found = target(request, String(params.id));
    if ('response' in found) return found.response;
    const { stored } = found;
    if (stored.details.status !== 'Submitted' && stored.details.status !== 'Relisted')
      return refused('listing.not_under_review', 'A review result applies only to a listing that is submitted or being relisted.');
    const at = now();
    if (body.result === 'Approved') {
      record(stored, 'ListingWentLive', { listingId: stored.details.id, asin: body.asin, price: stored.details.content.price, recordedBy: state.actor, wentLiveAt: at });
      stored.details = {
        ...stored.details,
        status: 'Live',
        asin: body.asin ?? null,
        approvedOnFirstSubmission: stored.details.approvedOnFirstSubmission ?? true,
        firstWentLiveAt: stored.details.firstWentLiveAt ?? at,
        wentLiveAt: at,
        suppressionReason: null,
        delistReason: null,
      };
      step(stored, { kind: 'WentLive', at, asin: body.asin ?? null });
    } else {
      record(stored, 'ListingRejected', { listingId: stored.details.id, reasonCodes: body.reasonCodes, reasonText: body.reasonText, rejectedBy: state.actor, rejectedAt: at });
      stored.details = {
        ...stored.details,
        status: 'Rejected',
        approvedOnFirstSubmission: stored.details.approvedOnFirstSubmission ?? false,
        rejection: { reasonCodes: body.reasonCodes ?? [], reasonText: body.reasonText, rejectedAt: at },
      };
      step(stored, { kind: 'Rejected', at, reasonCodes: body.reasonCodes, reason: body.reasonText });
    }
    return ok(stored.details);
  }),

  ...(['suppress', 'delist'] as const).map((action) =>
    http.post(`${base}/:id/${action}`, async ({ params, request }) => {
      const body = (await request.json()) as { reason?: string };
      const reason = (body.reason ?? '').trim();
      if (!reason) return validationProblem({ reason: ["'Reason' must not be empty."] });
      const found = target(request, String(params.id));
      if ('response' in found) return found.response;
      const { stored } = found;
      const status = stored.details.status;
      if (action === 'suppress') {
        if (status !== 'Live') return refused('listing.only_live_listing_can_be_suppressed', 'Only a live listing can be suppressed.');
        record(stored, 'ListingSuppressed', { listingId: stored.details.id, reason, suppressedBy: state.actor, suppressedAt: now() });
        stored.details = { ...stored.details, status: 'Suppressed', suppressionReason: reason };
        step(stored, { kind: 'Suppressed', at: now(), reason });
      } else {
        if (status !== 'Live' && status !== 'Suppressed')
          return refused('listing.only_live_or_suppressed_listing_can_be_delisted', 'Only a live or suppressed listing can be delisted.');
        record(stored, 'ListingDelisted', { listingId: stored.details.id, reason, delistedBy: state.actor, delistedAt: now() });
        stored.details = { ...stored.details, status: 'Delisted', delistReason: reason };
        step(stored, { kind: 'Delisted', at: now(), reason });
      }
      return ok(stored.details);
    }),
  ),

  http.post(`${base}/:id/relist`, ({ params, request }) => {
    const found = target(request, String(params.id));
    if ('response' in found) return found.response;
    const { stored } = found;
    if (stored.details.status !== 'Suppressed' && stored.details.status !== 'Delisted')
      return refused('listing.only_suppressed_or_delisted_listing_can_be_relisted', 'Only a suppressed or delisted listing can be relisted.');
    const refusal = qualityGate(stored);
    if (refusal) return refusal;
    record(stored, 'ListingRelisted', { listingId: stored.details.id, contentVersion: stored.details.contentVersion, contentScore: stored.details.contentScore, relistedBy: state.actor, relistedAt: now() });
    stored.details = { ...stored.details, status: 'Relisted' };
    step(stored, { kind: 'Relisted', at: now(), contentVersion: stored.details.contentVersion, contentScore: stored.details.contentScore });
    return ok(stored.details);
  }),

  http.get(`${base}/:id/history`, ({ params, request }) => {
    const stored = state.listings.find((l) => l.details.id === params.id);
    return stored ? HttpResponse.json(stored.history) : notFound(String(params.id), new URL(request.url).pathname);
  }),
];

/** Another person saves new content meanwhile (as their PUT would): the next save from the screen meets a 412. */
export function saveContentElsewhere(sku: string, change: Partial<ListingContent>): void {
  const stored = state.listings.find((l) => l.details.sku === sku);
  if (!stored) throw new Error(`no listing ${sku}`);
  changeContent(stored, { ...stored.details.content, ...change }, 'someone-else');
}
