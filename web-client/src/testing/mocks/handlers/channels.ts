import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { type HistoryEntry, historyEntry } from '../history';
import { page } from '../paging';
import { problem, refused, validationProblem } from '../problems';

/**
 * Mirrors the channel, recommendation and cost endpoints of the host (src/Modules/Logistics/Logistics/Channels) with
 * their validation and refusals. The recommendation and the cost report are the host's arithmetic: tests seed the answer
 * (`seedRecommendation`, `seedCostReport`) and check the screens show every figure. State lives here; reset after every test.
 */

type ChannelDetails = ResponseOf<'/api/logistics/channels/{id}', 'get'>;
type RegisterBody = BodyOf<'/api/logistics/channels', 'post'>;
type ChangeBody = BodyOf<'/api/logistics/channels/{id}', 'put'>;
type ReactivateBody = BodyOf<'/api/logistics/channels/{id}/reactivate', 'post'>;
type Recommendation = ResponseOf<'/api/logistics/channels/recommend', 'post'>;
type CostReport = ResponseOf<'/api/logistics/costs', 'get'>;
type NoteBody = BodyOf<'/api/logistics/costs/notes', 'post'>;

type Stored = { details: ChannelDetails; history: HistoryEntry[] };

const today = '2026-12-07';
const state = {
  channels: [] as Stored[],
  recommendation: null as Recommendation | null,
  costs: null as CostReport | null,
  actor: 'admin@demo.ops',
  clock: 0,
};

const now = () => new Date(Date.UTC(2026, 11, 7, 9, 0, state.clock++)).toISOString();

export function resetChannels(): void {
  state.channels = [];
  state.recommendation = null;
  state.costs = null;
  state.clock = 0;
}

export function seedChannel(partial: Partial<ChannelDetails> & { code: string }): ChannelDetails {
  const details: ChannelDetails = {
    id: `0190d000-0000-7000-8000-${String(state.channels.length + 1).padStart(12, '0')}`,
    version: 1,
    name: partial.code,
    type: 'InternationalExpress',
    carrier: 'DHL',
    serviceLevel: 'Express',
    costModel: { perShipment: 5, perKg: 2, perUnit: 0.5, currency: 'USD' },
    transitDaysMin: 3,
    transitDaysMax: 5,
    destinationCountries: ['US'],
    contractStart: '2026-01-01',
    contractEnd: '2027-12-31',
    active: true,
    registeredAt: now(),
    changedAt: null,
    quality: null,
    ...partial,
  };
  state.channels.push({ details, history: [historyEntry(1, 'ChannelRegistered', {}, details.registeredAt, state.actor)] });
  return details;
}

export const seedRecommendation = (recommendation: Recommendation) => (state.recommendation = recommendation);
export const seedCostReport = (report: CostReport) => (state.costs = report);
export const storedChannel = (id: string) => state.channels.find((c) => c.details.id === id)?.details;

const find = (id: string | readonly string[] | undefined) => state.channels.find((c) => c.details.id === id);
const notFound = () => problem(404, 'not_found', 'Not found', { detail: 'There is no channel with this id.' });
const stale = (version: number) =>
  problem(412, 'version_mismatch', 'Stale version', { detail: `If-Match named an older version; the record is at version ${version}. Reload and retry.` });

/** The field errors of the host's ChannelFieldsValidator. */
function fieldErrorsOf(body: ChangeBody): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!body.name?.trim()) errors.name = ["'Name' must not be empty."];
  if (body.transitDaysMax < (body.transitDaysMin ?? 0)) errors.transitDaysMax = ['The longest typical transit cannot be shorter than the shortest.'];
  if (body.contractEnd && body.contractEnd < body.contractStart) errors.contractEnd = ['The contract cannot end before it starts.'];
  if (!/^[A-Z]{3}$/.test(body.costModel.currency)) errors['costModel.currency'] = ['Currency must be an ISO 4217 code.'];
  return errors;
}

/** The stored fields of a request body: the amounts and days a request may leave out are 0 (the host's defaults). */
const fieldsOf = (body: ChangeBody) => ({
  ...body,
  costModel: { perShipment: body.costModel.perShipment ?? 0, perKg: body.costModel.perKg ?? 0, perUnit: body.costModel.perUnit ?? 0, currency: body.costModel.currency },
  transitDaysMin: body.transitDaysMin ?? 0,
  destinationCountries: body.destinationCountries ?? [],
  contractEnd: body.contractEnd ?? null,
});

const ifMatchOf = (request: Request) => {
  const header = request.headers.get('If-Match');
  return header ? Number(header.replace(/"/g, '')) : null;
};

function write(stored: Stored, details: ChannelDetails, event: string): ChannelDetails {
  const changed = { ...details, version: stored.details.version + 1, changedAt: now() };
  stored.details = changed;
  stored.history.push(historyEntry(changed.version, event, {}, changed.changedAt ?? '', state.actor));
  return changed;
}

export const channelsHandlers: HttpHandler[] = [
  http.get('/api/logistics/channels', ({ request }) => {
    const url = new URL(request.url);
    const type = url.searchParams.get('type');
    const active = url.searchParams.get('active');
    const carrier = url.searchParams.get('carrier')?.toLowerCase();
    const search = url.searchParams.get('search')?.toLowerCase();
    const items = state.channels
      .map((c) => c.details)
      .filter((c) => !type || c.type === type)
      .filter((c) => active === null || String(c.active) === active)
      .filter((c) => !carrier || c.carrier.toLowerCase() === carrier)
      .filter((c) => !search || c.code.toLowerCase().includes(search) || c.name.toLowerCase().includes(search))
      .sort((a, b) => a.code.localeCompare(b.code));
    return HttpResponse.json(page(items, url));
  }),
  http.post('/api/logistics/channels/recommend', async ({ request }) => {
    const body = (await request.json()) as BodyOf<'/api/logistics/channels/recommend', 'post'>;
    if (!(body.weightKg > 0)) return validationProblem({ weightKg: ["'Weight Kg' must be greater than '0'."] });
    if (body.deadlineDate && body.deadlineDate < today) return validationProblem({ deadlineDate: ['The deadline cannot be in the past.'] });
    return HttpResponse.json(state.recommendation ?? { weights: { cost: 40, time: 35, quality: 25 }, costCurrency: null, deadlineDays: 0, unratedQualityScore: 50, ranked: [], excluded: [] });
  }),
  http.post('/api/logistics/channels', async ({ request }) => {
    const body = (await request.json()) as RegisterBody;
    const errors = fieldErrorsOf(body);
    if (!/^[A-Z0-9][A-Z0-9-]*$/.test(body.code)) errors.code = ['Code is upper-case letters, digits and hyphens, e.g. DHL-EXP-US.'];
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    if (state.channels.some((c) => c.details.code === body.code)) return refused('channel.code_must_be_unique', 'Another channel already uses this code.');
    const details = seedChannel({ ...fieldsOf(body), code: body.code });
    return HttpResponse.json(details, { status: 201, headers: { Location: `/api/logistics/channels/${details.id}`, ETag: `"1"` } });
  }),
  http.get('/api/logistics/channels/:id', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.details) : notFound();
  }),
  http.get('/api/logistics/channels/:id/history', ({ params }) => {
    const stored = find(params.id);
    return stored ? HttpResponse.json(stored.history) : notFound();
  }),
  http.put('/api/logistics/channels/:id', async ({ params, request }) => {
    const stored = find(params.id);
    if (!stored) return notFound();
    const body = (await request.json()) as ChangeBody;
    const errors = fieldErrorsOf(body);
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    const expected = ifMatchOf(request);
    if (expected !== null && expected !== stored.details.version) return stale(stored.details.version);
    if (!stored.details.active) return refused('channel.inactive_channel_cannot_change', 'This channel is inactive; reactivate it first.');
    return HttpResponse.json(write(stored, { ...stored.details, ...fieldsOf(body) }, 'ChannelChanged'));
  }),
  http.post('/api/logistics/channels/:id/deactivate', async ({ params, request }) => {
    const stored = find(params.id);
    if (!stored) return notFound();
    const body = (await request.json()) as { reason: string };
    if (!body.reason?.trim()) return validationProblem({ reason: ["'Reason' must not be empty."] });
    if (!stored.details.active) return refused('channel.already_inactive', 'This channel is already inactive.');
    return HttpResponse.json(write(stored, { ...stored.details, active: false }, 'ChannelDeactivated'));
  }),
  http.post('/api/logistics/channels/:id/reactivate', async ({ params, request }) => {
    const stored = find(params.id);
    if (!stored) return notFound();
    const body = (await request.json()) as ReactivateBody;
    if (!body.reason?.trim()) return validationProblem({ reason: ["'Reason' must not be empty."] });
    if (stored.details.active) return refused('channel.not_inactive', 'This channel is active; only an inactive channel can be reactivated.');
    const end = body.newContractEnd ?? stored.details.contractEnd;
    if (end && end < today)
      return refused('channel.contract_ended_cannot_reactivate', "The channel's contract has ended; record the new contract dates before reactivating it.");
    return HttpResponse.json(write(stored, { ...stored.details, active: true, contractEnd: end ?? null }, 'ChannelReactivated'));
  }),
  http.get('/api/logistics/costs', () =>
    HttpResponse.json(state.costs ?? { from: '2026-07', to: '2026-12', months: [] }),
  ),
  http.post('/api/logistics/costs/notes', async ({ request }) => {
    const body = (await request.json()) as NoteBody;
    if (!body.text?.trim()) return validationProblem({ text: ["'Text' must not be empty."] });
    if (!find(body.channelId)) return refused('cost_note.channel_must_exist', "The note's channel is not registered.");
    const note = { id: `0190e000-0000-7000-8000-${String(state.clock).padStart(12, '0')}`, version: 1, channelId: body.channelId, month: body.month, text: body.text, writtenBy: state.actor, writtenAt: now() };
    const month = state.costs?.months.find((m) => m.month === body.month);
    if (month) month.notes = [...month.notes, note];
    return HttpResponse.json(note, { status: 201, headers: { Location: `/api/logistics/costs/notes/${note.id}` } });
  }),
];
