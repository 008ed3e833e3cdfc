import { http, HttpResponse, type HttpHandler } from 'msw';

import type { components } from '@/lib/api/schema';
import type { BodyOf } from '@/lib/api/types';

import { page } from '../paging';
import { forbidden, problem, refused, validationProblem } from '../problems';
import { db } from '../db';
import { type HistoryEntry, historyEntry } from '../history';

type Schemas = components['schemas'];
export type MockCandidate = Schemas['CandidateDetails'];
type Stage = Schemas['CandidateStage'];
type Estimate = Schemas['ProfitEstimate'];
type Inputs = Schemas['ProfitInputs'];
type Quote = Schemas['Quote'];
type Money = Schemas['Money'];

/**
 * Mirrors the candidates endpoints of the host (src/Modules/Selection/Selection/Candidates): validation messages,
 * the aggregate's rules with their codes (409), If-Match (412), Idempotency-Key and the roles of each endpoint.
 * State lives here; reset after every test.
 */

/** The selection settings' defaults (selection.md, "Policy parameters"). */
const settings = { currency: 'USD', minMarginPercent: 25, referralFeePercent: 15, expectedAcosPercent: 10, maxInvestmentPerSku: 30_000, divisor: 139 };

const writers = ['product', 'ops-manager', 'admin'];

/** Suppliers quotes may name (the suppliers the demo data approves), with their status and grade. */
const ningbo = { id: '0190b000-0000-7000-8000-000000000001', name: 'Ningbo Homeware Co.', status: 'Approved', grade: 'A' };
export const mockSuppliers = [
  ningbo,
  { id: '0190b000-0000-7000-8000-000000000002', name: 'Dongguan Precision Plastics', status: 'Approved', grade: 'B' },
  { id: '0190b000-0000-7000-8000-000000000003', name: 'Shenzhen Paused Ltd', status: 'Suspended', grade: 'B' },
];

type State = { candidates: MockCandidate[]; history: Map<string, HistoryEntry[]>; idempotency: Map<string, MockCandidate>; skuNumber: number };
const state: State = { candidates: [], history: new Map(), idempotency: new Map(), skuNumber: 0 };

export const candidatesDb = {
  get candidates() {
    return state.candidates;
  },
  set candidates(list: MockCandidate[]) {
    state.candidates = list;
    state.history = new Map(list.map((c) => [c.id, [historyEntry(1, 'CandidateProposed', { name: c.name }, c.proposedAt, c.proposedBy)]]));
  },
  find: (id: string) => state.candidates.find((c) => c.id === id),
};

let sequence = 0;
const newId = () => `0190c000-0000-7000-8000-${(++sequence).toString(16).padStart(12, '0')}`;
const round = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
const usd = (amount: number): Money => ({ amount, currency: 'USD' });

/** The profit arithmetic of ProfitCalculator, with a simplified fee table (one fee per tier). */
export function estimateOf(inputs: Inputs): Estimate {
  const price = inputs.targetPrice.amount;
  const [longest = 0, median = 0, shortest = 0] = [inputs.size.lengthIn, inputs.size.widthIn, inputs.size.heightIn].sort((a, b) => b - a);
  const weight = inputs.size.weightLb;
  const tier: Schemas['SizeTier'] =
    longest <= 15 && median <= 12 && shortest <= 0.75 && weight <= 1 ? 'SmallStandard'
      : longest <= 18 && median <= 14 && shortest <= 8 && weight <= 20 ? 'LargeStandard'
        : longest <= 59 && median <= 33 && shortest <= 33 && weight <= 50 ? 'LargeBulky' : 'ExtraLarge';
  const dimensional = round((longest * median * shortest) / settings.divisor);
  const billable = tier === 'SmallStandard' ? weight : Math.max(weight, dimensional);
  const bandFee = { SmallStandard: 3.06, LargeStandard: 5.41, LargeBulky: 9.61, ExtraLarge: 26.33 }[tier];
  const priceBand: Schemas['CandidatePriceBand'] = price < 10 ? 'Low' : price > 50 ? 'High' : 'Standard';
  const fee = bandFee;
  const landed = round(inputs.unitCost.amount + inputs.shippingPerUnit.amount);
  const referral = round((price * settings.referralFeePercent) / 100);
  const ad = round((price * settings.expectedAcosPercent) / 100);
  const total = round(landed + referral + fee + ad);
  const margin = round(price - total);
  const marginPercent = round((margin * 100) / price);
  const investment = round(landed * inputs.firstOrderQuantity);
  const daysToSell = inputs.daysToSell ?? Math.ceil((inputs.firstOrderQuantity * 30) / inputs.expectedMonthlyUnits);
  const money = (amount: number): Money => ({ amount, currency: settings.currency });
  return {
    inputs,
    fulfilment: {
      sizeTier: tier, longestIn: longest, medianIn: median, shortestIn: shortest, unitWeightLb: weight, dimensionalWeightDivisor: settings.divisor,
      dimensionalWeightLb: dimensional, billableWeightLb: billable, priceBand, bandFromLb: 0, bandUpToLb: null, bandFee: money(bandFee), feePerLbAbove: money(0), poundsAbove: 0, fee: money(fee),
    },
    perUnit: {
      targetPrice: money(price), unitCost: money(inputs.unitCost.amount), shippingPerUnit: money(inputs.shippingPerUnit.amount), landedCost: money(landed),
      referralFeePercent: settings.referralFeePercent, referralFee: money(referral), fulfilmentFee: money(fee), expectedAcosPercent: settings.expectedAcosPercent,
      adCost: money(ad), totalCost: money(total), margin: money(margin), marginPercent, roiPercent: round((margin * 100) / landed),
    },
    capital: {
      firstOrderQuantity: inputs.firstOrderQuantity, investment: money(investment), maxInvestmentPerSku: money(settings.maxInvestmentPerSku),
      overMaxInvestment: investment > settings.maxInvestmentPerSku, leadTimeDays: inputs.leadTimeDays, transitDays: inputs.transitDays,
      daysToSell, daysToSellDerived: inputs.daysToSell === null || inputs.daysToSell === undefined, cashTurnoverDays: inputs.leadTimeDays + inputs.transitDays + daysToSell,
    },
    minMarginPercent: settings.minMarginPercent,
    marginBelowMinimum: marginPercent < settings.minMarginPercent,
  };
}

const currentInputs = (c: MockCandidate): Inputs =>
  c.chosenQuote ? { ...c.numbers, unitCost: c.chosenQuote.unitPrice, leadTimeDays: c.chosenQuote.leadTimeDays } : c.numbers;

/** A candidate as the API shows it, proposed with the demo data's numbers unless told otherwise. */
export function aCandidate(overrides: Partial<MockCandidate> = {}): MockCandidate {
  const n = ++sequence;
  return {
    id: newId(),
    version: 1,
    name: `Candidate ${n}`,
    category: 'Home & Kitchen',
    marketplace: 'US',
    researchId: null,
    differentiationIdea: 'Sturdier materials than the best sellers.',
    sizeAsGiven: { length: 25, width: 15, height: 7.6, weight: 0.54, unitSystem: 'Metric' },
    numbers: {
      targetPrice: usd(24.99), unitCost: usd(4.17), shippingPerUnit: usd(1.2), size: { lengthIn: 9.84, widthIn: 5.91, heightIn: 2.99, weightLb: 1.19 },
      expectedMonthlyUnits: 300, firstOrderQuantity: 500, daysToSell: null, transitDays: 30, leadTimeDays: 20,
    },
    stage: 'Proposed',
    shelvedFromStage: null,
    screenings: [],
    marginOverrides: [],
    quotes: [],
    chosenQuoteId: null,
    chosenQuote: null,
    samples: [],
    sku: null,
    rejectionReason: null,
    shelvingReason: null,
    proposedBy: 'lin@demo.ops',
    proposedAt: `2026-11-${String(10 + (n % 18)).padStart(2, '0')}T08:00:00Z`,
    approvedBy: null,
    approvedAt: null,
    ...overrides,
  };
}

/** A quote of a mock supplier, valid for 90 days. */
export function aQuote(overrides: Partial<Quote> = {}): Quote {
  const supplier = ningbo;
  return {
    quoteId: newId(), supplierId: supplier.id, supplierName: supplier.name, unitPrice: usd(4.17), moq: 500, leadTimeDays: 25,
    afterSalesTerms: 'Free replacement of defective units found within 90 days.', validUntil: '2099-12-31', ...overrides,
  };
}

/** A candidate in sampling with a passed sample: everything approval needs. */
export function anApprovableCandidate(overrides: Partial<MockCandidate> = {}): MockCandidate {
  const quote = aQuote();
  const base = aCandidate({ stage: 'Sampling', version: 6, quotes: [quote], chosenQuoteId: quote.quoteId, chosenQuote: quote, ...overrides });
  const screening = { screeningId: newId(), scores: { marketPotential: 4, competition: 3, qualityStability: 4, differentiation: 4, teamFit: 5 },
    verdict: 'Pass' as const, notes: 'Healthy margin.', estimate: estimateOf(base.numbers), overriddenMarginPercent: null, screenedBy: 'lin@demo.ops', screenedAt: '2026-11-20T08:00:00Z' };
  return {
    ...base,
    screenings: [screening],
    samples: [{
      sampleId: newId(), quoteId: quote.quoteId, supplierId: quote.supplierId, notes: 'Two units.', status: 'Passed', requestedBy: 'lin@demo.ops',
      requestedAt: '2026-11-22T08:00:00Z', resultsRecordedAt: '2026-11-28T08:00:00Z',
      results: { qualityTest: { passed: true, notes: null }, functionTest: { passed: true, notes: null }, verdict: 'Pass', defects: [], improvementRequests: [] },
    }],
    ...overrides,
  };
}

export function resetCandidates(): void {
  state.candidates = [];
  state.history = new Map();
  state.idempotency = new Map();
  state.skuNumber = 0;
}

// ---- request helpers ---------------------------------------------------------------------------

const canWrite = () => db.me.roles.some((r) => writers.includes(r));

const notFound = (id: string) => problem(404, 'not_found', 'Not found', { detail: `No candidate with id ${id}.` });

type Errors = Record<string, string[]>;
const add = (errors: Errors, field: string, message: string) => {
  errors[field] = [...(errors[field] ?? []), message];
};

/** IncludeProfitNumbers: amounts, one currency (the fee table's), size, counts and days. */
function validateNumbers(body: BodyOf<'/api/selection/candidates/profit-estimate', 'post'>, errors: Errors) {
  const money = (field: 'targetPrice' | 'unitCost' | 'shippingPerUnit', allowZero: boolean) => {
    const value = body[field];
    if (!value) return add(errors, field, `'${field}' must not be empty.`);
    if (allowZero ? value.amount < 0 : value.amount <= 0) add(errors, `${field}.amount`, `'Amount' must be greater than ${allowZero ? 'or equal to ' : ''}'0'.`);
    if (!/^[A-Z]{3}$/.test(value.currency)) add(errors, `${field}.currency`, 'Currency must be an ISO 4217 code: three upper-case letters, e.g. USD.');
  };
  money('targetPrice', false);
  money('unitCost', false);
  money('shippingPerUnit', true);
  const currency = body.targetPrice?.currency;
  if (currency && currency !== settings.currency)
    add(errors, 'targetPrice.currency', "Prices and costs must be in the fee table's currency (see the selection settings).");
  if (body.unitCost && currency && body.unitCost.currency !== currency) add(errors, 'unitCost.currency', "Must be in the target price's currency.");
  if (body.shippingPerUnit && currency && body.shippingPerUnit.currency !== currency)
    add(errors, 'shippingPerUnit.currency', "Must be in the target price's currency.");
  const sides = { length: 'Length', width: 'Width', height: 'Height', weight: 'Weight' } as const;
  for (const [side, label] of Object.entries(sides) as [keyof typeof sides, string][]) {
    const value = body.size?.[side] ?? 0;
    if (value <= 0) add(errors, `size.${side}`, `'${label}' must be greater than '0'.`);
    else if (value > 10_000) add(errors, `size.${side}`, `'${label}' must be less than or equal to '10000'.`);
  }
  if (!body.size?.unitSystem) add(errors, 'size.unitSystem', "'Unit System' must not be empty.");
  if (!(body.expectedMonthlyUnits > 0)) add(errors, 'expectedMonthlyUnits', "'Expected Monthly Units' must be greater than '0'.");
  if (!(body.firstOrderQuantity > 0)) add(errors, 'firstOrderQuantity', "'First Order Quantity' must be greater than '0'.");
  if (body.daysToSell !== null && body.daysToSell !== undefined && (body.daysToSell < 1 || body.daysToSell > 3650))
    add(errors, 'daysToSell', `'Days To Sell' must be between 1 and 3650. You entered ${body.daysToSell}.`);
  const transitDays = body.transitDays ?? 0; // left out, the server takes 0
  if (transitDays < 0 || transitDays > 3650) add(errors, 'transitDays', `'Transit Days' must be between 0 and 3650. You entered ${transitDays}.`);
  const leadTimeDays = body.leadTimeDays ?? 0;
  if (leadTimeDays < 0 || leadTimeDays > 3650) add(errors, 'leadTimeDays', `'Lead Time Days' must be between 0 and 3650. You entered ${leadTimeDays}.`);
}

const toInches = (size: Schemas['SizeRequest']) => {
  const metric = size.unitSystem === 'Metric';
  return {
    lengthIn: round(metric ? size.length / 2.54 : size.length),
    widthIn: round(metric ? size.width / 2.54 : size.width),
    heightIn: round(metric ? size.height / 2.54 : size.height),
    weightLb: round(metric ? size.weight / 0.45359237 : size.weight),
  };
};

/** Reads If-Match (a quoted version) the way Versioning.TryReadIfMatch does; null when absent. */
function ifMatchVersion(request: Request): number | null | 'invalid' {
  const header = request.headers.get('If-Match');
  if (header === null) return null;
  const match = /^"(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : 'invalid';
}

type Decision = { refuse: [code: string, detail: string] } | { apply: (c: MockCandidate) => MockCandidate; event: string; data?: unknown } | { unchanged: true };

/** Runs a decision on a candidate: 404, 412, the rule's 409, or the new state (version + 1, an event in its history). */
async function change(request: Request, id: string, decide: (c: MockCandidate) => Decision) {
  if (!canWrite()) return forbidden();
  const candidate = candidatesDb.find(id);
  if (!candidate) return notFound(id);
  const expected = ifMatchVersion(request);
  if (expected === 'invalid') return validationProblem({ 'If-Match': ['If-Match must name a version this API returned as ETag, e.g. "3".'] });
  if (expected !== null && expected !== candidate.version)
    return problem(412, 'version_mismatch', 'Stale version', {
      detail: `If-Match named version ${expected}, but the record is at version ${candidate.version}. Reload and retry.`,
    });
  const decision = decide(candidate);
  if ('refuse' in decision) return refused(...decision.refuse);
  if ('unchanged' in decision) return HttpResponse.json(guided(candidate));
  const next = { ...decision.apply(candidate), version: candidate.version + 1 };
  state.candidates = state.candidates.map((c) => (c.id === id ? next : c));
  state.history.set(id, [
    ...(state.history.get(id) ?? []),
    historyEntry(next.version, decision.event, decision.data ?? {}, new Date().toISOString(), db.me.email),
  ]);
  return HttpResponse.json(guided(next), { headers: { ETag: `"${next.version}"` } });
}

const rules = {
  approvedIsFinal: ['candidate.approved_is_final', 'The candidate is approved: it is a product now and changes no more.'],
  rejectedIsFinal: ['candidate.rejected_is_final', 'A rejected candidate stays rejected; propose it anew to start over.'],
  shelvedFirst: ['candidate.shelved_must_be_reopened_first', 'The candidate is shelved; reopen it first.'],
  onlyShelvedReopened: ['candidate.only_shelved_can_be_reopened', 'Only a shelved candidate can be reopened.'],
  screeningOnlyWhileProposed: ['candidate.screening_only_while_proposed', 'The candidate has passed screening already.'],
  marginBelowMinimum: ['candidate.screening_margin_below_minimum', "The estimated margin is below the minimum: a pass needs an ops-manager's override for this margin."],
  overrideOnlyWhileProposed: ['candidate.margin_override_only_while_proposed', 'A margin override is given before the candidate passes screening.'],
  overrideNotNeeded: ['candidate.margin_override_not_needed', 'The estimated margin meets the minimum; there is nothing to override.'],
  quotesNeedScreening: ['candidate.quotes_need_passed_screening', 'Collect quotes once the candidate has passed screening.'],
  quoteCurrency: ['candidate.quote_currency_must_match', "The quote must be in the candidate's currency, so the estimate can use it."],
  quoteNotFound: ['candidate.quote_not_found', 'The candidate has no such quote.'],
  quoteExpired: ['candidate.quote_expired', 'The quote has expired; ask the supplier for a new one.'],
  supplierNotFound: ['candidate.quote_supplier_not_found', 'No such supplier: register the supplier first.'],
  supplierRejected: ['candidate.quote_supplier_rejected', "The quote's supplier was rejected."],
  supplierSuspended: ['candidate.quote_supplier_suspended', "The quote's supplier is suspended."],
  supplierGradeD: ['candidate.quote_supplier_grade_d', "The quote's supplier is graded D."],
  choiceBlockedBySample: ['candidate.quote_choice_blocked_by_open_sample', 'A sample is still open; record its results before choosing another quote.'],
  sampleNeedsQuote: ['candidate.sample_requires_chosen_quote', 'Choose a quote first: the sample comes from its supplier.'],
  oneOpenSample: ['candidate.one_open_sample_at_a_time', 'A sample is already open; record its results first.'],
  sampleAlreadyPassed: ['candidate.sample_already_passed', 'A sample from the chosen quote has passed already.'],
  sampleNotFound: ['candidate.sample_not_found', 'The candidate has no such sample.'],
  resultsRecorded: ['candidate.sample_results_already_recorded', "This sample's results are recorded; request a new sample to test again."],
  approvalNeedsScreening: ['candidate.approval_requires_passed_screening', 'Approval needs a passed screening.'],
  approvalNeedsQuote: ['candidate.approval_requires_chosen_quote', 'Approval needs a chosen quote.'],
  approvalNeedsSample: ['candidate.approval_requires_passed_sample', "Approval needs a passed sample from the chosen quote's supplier."],
  overrideCovers: ['candidate.margin_override_covers_estimate', 'An override already accepts this margin: screening may pass.'],
  quoteChosenAlready: ['candidate.quote_chosen_already', 'This is the chosen quote.'],
  onlyWritersChange: ['candidate.only_product_ops_manager_or_admin_change_candidates', 'Only product, ops-manager or admin can change a candidate.'],
  onlyOpsManagerOverrides: ['candidate.only_ops_manager_overrides_margin', 'Only an ops-manager can accept a margin below the minimum.'],
} satisfies Record<string, [string, string]>;

type RuleOf = [code: string, message: string];

const refuse = (rule: RuleOf): Decision => ({ refuse: rule });

function whenClosed(c: MockCandidate): Decision | null {
  const rule = refusal.closed(c);
  return rule ? refuse(rule) : null;
}

const screeningPassed = (c: MockCandidate) => c.screenings.some((s) => s.verdict === 'Pass');
const openSample = (c: MockCandidate) => c.samples.find((s) => s.status === 'Open');
const hasPassedSample = (c: MockCandidate) => c.samples.some((s) => s.quoteId === c.chosenQuoteId && s.status === 'Passed');
const overrideCovers = (c: MockCandidate, estimate: Estimate) => {
  const accepted = c.marginOverrides.at(-1)?.acceptedMarginPercent;
  return accepted !== undefined && estimate.perUnit.marginPercent >= accepted;
};
const today = () => new Date().toISOString().slice(0, 10);

/** The aggregate's RefusalOf… functions: what stands in the way of each command, before its input. The handlers and the guide use them both. */
const refusal = {
  closed: (c: MockCandidate): RuleOf | null =>
    c.stage === 'Approved' ? rules.approvedIsFinal : c.stage === 'Rejected' ? rules.rejectedIsFinal : c.stage === 'Shelved' ? rules.shelvedFirst : null,
  supplier: (supplierId: string): RuleOf | null => {
    const supplier = mockSuppliers.find((s) => s.id === supplierId);
    if (!supplier) return rules.supplierNotFound;
    if (supplier.status === 'Rejected') return rules.supplierRejected;
    if (supplier.status === 'Suspended') return rules.supplierSuspended;
    if (supplier.grade === 'D') return rules.supplierGradeD;
    return null;
  },
  screening: (c: MockCandidate) => refusal.closed(c) ?? (c.stage === 'Proposed' ? null : rules.screeningOnlyWhileProposed),
  pass: (c: MockCandidate, e: Estimate) => (e.marginBelowMinimum && !overrideCovers(c, e) ? rules.marginBelowMinimum : null),
  override: (c: MockCandidate, e: Estimate) =>
    refusal.closed(c) ?? (c.stage === 'Proposed' ? null : rules.overrideOnlyWhileProposed) ?? (e.marginBelowMinimum ? null : rules.overrideNotNeeded),
  quotes: (c: MockCandidate) => refusal.closed(c) ?? (screeningPassed(c) ? null : rules.quotesNeedScreening),
  choosing: (c: MockCandidate, q: Quote) =>
    refusal.closed(c) ?? (openSample(c) ? rules.choiceBlockedBySample : null) ?? (q.validUntil < today() ? rules.quoteExpired : null) ?? refusal.supplier(q.supplierId),
  sample: (c: MockCandidate) =>
    refusal.closed(c) ?? (!c.chosenQuote ? rules.sampleNeedsQuote : openSample(c) ? rules.oneOpenSample : hasPassedSample(c) ? rules.sampleAlreadyPassed : null),
  results: (c: MockCandidate, s: MockCandidate['samples'][number]) => refusal.closed(c) ?? (s.status === 'Open' ? null : rules.resultsRecorded),
  /** Null for an approved candidate: approving it again is a repeat. */
  approval: (c: MockCandidate): RuleOf | null =>
    c.stage === 'Approved' ? null
      : c.stage === 'Rejected' ? rules.rejectedIsFinal
        : c.stage === 'Shelved' ? rules.shelvedFirst
          : !screeningPassed(c) ? rules.approvalNeedsScreening
            : !c.chosenQuote ? rules.approvalNeedsQuote
              : !hasPassedSample(c) ? rules.approvalNeedsSample
                : refusal.supplier(c.chosenQuote.supplierId),
  rejection: (c: MockCandidate) => (c.stage === 'Approved' ? rules.approvedIsFinal : c.stage === 'Rejected' ? rules.rejectedIsFinal : null),
  shelving: (c: MockCandidate) => refusal.closed(c),
  reopening: (c: MockCandidate) => (c.stage === 'Shelved' && c.shelvedFromStage ? null : rules.onlyShelvedReopened),
};

type Guide = Schemas['CandidateGuide'];
type Action = Schemas['CandidateAction'];

/** CandidateGuidance.Guide: the funnel's steps and every action, offered or refused for the signed-in user. */
export function guideOf(c: MockCandidate): Guide {
  const estimate = estimateOf(currentInputs(c));
  const reason = (rule: RuleOf | null) => (rule ? { code: rule[0], message: rule[1] } : null);
  const option = (action: Action, rule: RuleOf | null, targetId: string | null = null, caveat: RuleOf | null = null) => {
    const [roles, roleRule] = action === 'OverrideScreeningMargin' ? [['ops-manager'], rules.onlyOpsManagerOverrides] : [writers, rules.onlyWritersChange];
    const refused = db.me.roles.some((r) => roles.includes(r)) ? rule : roleRule;
    return { action, allowed: refused === null, reason: reason(refused), targetId, caveat: refused === null ? reason(caveat) : null };
  };
  const actions = [
    option('Screen', refusal.screening(c), null, refusal.pass(c, estimate)),
    option('OverrideScreeningMargin', refusal.override(c, estimate) ?? (overrideCovers(c, estimate) ? rules.overrideCovers : null)),
    option('RecordQuote', refusal.quotes(c)),
    ...c.quotes.map((q) =>
      option('ChooseQuote', refusal.closed(c) ?? (q.quoteId === c.chosenQuoteId ? rules.quoteChosenAlready : refusal.choosing(c, q)), q.quoteId)),
    option('RequestSample', refusal.sample(c)),
    ...c.samples.map((s) => option('RecordSampleResults', refusal.results(c, s), s.sampleId)),
    option('Approve', c.stage === 'Approved' ? rules.approvedIsFinal : refusal.approval(c)),
    option('Reject', refusal.rejection(c)),
    option('Shelve', refusal.shelving(c)),
    option('Reopen', refusal.reopening(c)),
  ];
  const steps: [Schemas['FunnelStep'], boolean, (RuleOf | null)[]][] = [
    ['Screening', screeningPassed(c), [rules.approvalNeedsScreening, refusal.pass(c, estimate)]],
    ['QuoteChosen', c.chosenQuote !== null && c.chosenQuote !== undefined, [rules.approvalNeedsQuote]],
    ['SamplePassed', hasPassedSample(c), [rules.approvalNeedsSample, openSample(c) ? rules.oneOpenSample : null]],
    ['Approval', c.stage === 'Approved', [refusal.approval(c)]],
  ];
  const current = steps.findIndex(([, done]) => !done);
  const stopped = c.stage === 'Rejected' || c.stage === 'Shelved' ? refusal.closed(c) : null;
  return {
    steps: steps.map(([step, done, missing], i) => ({
      step,
      status: i === current ? 'Current' : done ? 'Done' : 'ToDo',
      missing: i === current ? [stopped, ...missing].filter((r, j, all): r is RuleOf => r !== null && all.indexOf(r) === j).map((r) => ({ code: r[0], message: r[1] })) : [],
    })),
    actions,
  };
}

/** CandidateSummary.Of: a board card's fields. */
export function summaryOf(c: MockCandidate): Schemas['CandidateSummary'] {
  const screening = c.screenings.at(-1);
  const [marginPercent, marginBasis]: [number | null, Schemas['MarginBasis'] | null] = c.chosenQuote
    ? [estimateOf(currentInputs(c)).perUnit.marginPercent, 'ChosenQuote']
    : screening ? [screening.estimate.perUnit.marginPercent, 'Screening'] : [null, null];
  return {
    id: c.id, version: c.version, name: c.name, category: c.category, marketplace: c.marketplace, stage: c.stage, shelvedFromStage: c.shelvedFromStage ?? null,
    targetPrice: c.numbers.targetPrice, owner: c.proposedBy, proposedAt: c.proposedAt,
    ageDays: Math.max(0, Math.floor((Date.now() - new Date(c.proposedAt).getTime()) / 86_400_000)), marginPercent, marginBasis, sku: c.sku ?? null,
  };
}

/** A candidate as the API answers with it: with its guide for the signed-in user. */
const guided = (c: MockCandidate): MockCandidate => ({ ...c, guide: guideOf(c) });

const reasonErrors = (body: { reason?: string } | null): Errors | null =>
  body?.reason?.trim() ? (body.reason.length > 2000 ? { reason: ["The length of 'Reason' must be 2000 characters or fewer."] } : null) : { reason: ["'Reason' must not be empty."] };

const base = '/api/selection/candidates';

export const candidatesHandlers: HttpHandler[] = [
  http.get(base, ({ request }) => {
    const url = new URL(request.url);
    const stage = url.searchParams.get('stage');
    const category = url.searchParams.get('category')?.toLowerCase();
    const search = url.searchParams.get('search')?.toLowerCase();
    // Newest first unless sorted by a field (name, category, stage, proposedAt; '-' for descending).
    const sort = url.searchParams.get('sort') ?? '-proposedAt';
    const field = sort.replace(/^-/, '') as 'name' | 'category' | 'stage' | 'proposedAt';
    const direction = sort.startsWith('-') ? -1 : 1;
    const items = [...state.candidates]
      .filter((c) => !stage || c.stage === stage)
      .filter((c) => !category || c.category.toLowerCase() === category)
      .filter((c) => !search || c.name.toLowerCase().includes(search))
      .sort((a, b) => direction * String(a[field]).localeCompare(String(b[field])));
    return HttpResponse.json(page(items.map(summaryOf), url));
  }),

  http.get(`${base}/categories`, () => {
    const spellings = [...new Set(state.candidates.map((c) => c.category))].sort();
    const once = new Map<string, string>();
    for (const category of spellings) if (!once.has(category.toLowerCase())) once.set(category.toLowerCase(), category);
    return HttpResponse.json([...once.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  }),

  http.post(`${base}/profit-estimate`, async ({ request }) => {
    if (!canWrite()) return forbidden();
    const body = (await request.json()) as BodyOf<'/api/selection/candidates/profit-estimate', 'post'>;
    const errors: Errors = {};
    validateNumbers(body, errors);
    if (Object.keys(errors).length > 0) return validationProblem(errors, `${base}/profit-estimate`);
    const { size, ...rest } = body;
    return HttpResponse.json(estimateOf({ ...rest, size: toInches(size), daysToSell: body.daysToSell ?? null, transitDays: body.transitDays ?? 0, leadTimeDays: body.leadTimeDays ?? 0 }));
  }),

  http.post(base, async ({ request }) => {
    if (!canWrite()) return forbidden();
    const key = request.headers.get('Idempotency-Key');
    const repeat = key ? state.idempotency.get(key) : undefined;
    if (repeat) return HttpResponse.json(guided(repeat), { status: 201, headers: { Location: `${base}/${repeat.id}` } });
    const body = (await request.json()) as BodyOf<'/api/selection/candidates', 'post'>;
    const errors: Errors = {};
    if (!body.name?.trim()) add(errors, 'name', "'Name' must not be empty.");
    else if (body.name.length > 200) add(errors, 'name', "The length of 'Name' must be 200 characters or fewer.");
    if (!body.category?.trim()) add(errors, 'category', "'Category' must not be empty.");
    if (body.marketplace && !/^[A-Z]{2}$/.test(body.marketplace)) add(errors, 'marketplace', 'Marketplace must be a two-letter upper-case code, e.g. US.');
    if (!body.differentiationIdea?.trim()) add(errors, 'differentiationIdea', "'Differentiation Idea' must not be empty.");
    validateNumbers(body, errors);
    if (Object.keys(errors).length > 0) return validationProblem(errors, base);
    const candidate = aCandidate({
      name: body.name.trim(), category: body.category.trim(), marketplace: body.marketplace ?? 'US', researchId: body.researchId ?? null,
      differentiationIdea: body.differentiationIdea.trim(), proposedBy: db.me.email, proposedAt: new Date().toISOString(),
      sizeAsGiven: { length: body.size.length, width: body.size.width, height: body.size.height, weight: body.size.weight, unitSystem: body.size.unitSystem ?? 'Metric' },
      numbers: {
        targetPrice: body.targetPrice, unitCost: body.unitCost, shippingPerUnit: body.shippingPerUnit, size: toInches(body.size),
        expectedMonthlyUnits: body.expectedMonthlyUnits, firstOrderQuantity: body.firstOrderQuantity, daysToSell: body.daysToSell ?? null,
        transitDays: body.transitDays ?? 0, leadTimeDays: body.leadTimeDays ?? 0,
      },
    });
    state.candidates = [...state.candidates, candidate];
    state.history.set(candidate.id, [historyEntry(1, 'CandidateProposed', body, candidate.proposedAt, db.me.email)]);
    if (key) state.idempotency.set(key, candidate);
    return HttpResponse.json(guided(candidate), { status: 201, headers: { Location: `${base}/${candidate.id}`, ETag: '"1"' } });
  }),

  http.get(`${base}/:id`, ({ params }) => {
    const candidate = candidatesDb.find(String(params.id));
    return candidate ? HttpResponse.json(guided(candidate), { headers: { ETag: `"${candidate.version}"` } }) : notFound(String(params.id));
  }),

  http.get(`${base}/:id/history`, ({ params }) => {
    const id = String(params.id);
    return candidatesDb.find(id) ? HttpResponse.json(state.history.get(id) ?? []) : notFound(id);
  }),

  http.get(`${base}/:id/profit-estimate`, ({ params }) => {
    const candidate = candidatesDb.find(String(params.id));
    return candidate ? HttpResponse.json(estimateOf(currentInputs(candidate))) : notFound(String(params.id));
  }),

  http.post(`${base}/:id/screening`, async ({ request, params }) => {
    const body = (await request.json()) as BodyOf<'/api/selection/candidates/{id}/screening', 'post'>;
    const errors: Errors = {};
    if (!body.scores) add(errors, 'scores', "'Scores' must not be empty.");
    for (const [name, value] of Object.entries(body.scores ?? {}))
      if (value < 1 || value > 5) add(errors, `scores.${name}`, `'${name}' must be between 1 and 5. You entered ${value}.`);
    if (!body.verdict) add(errors, 'verdict', "'Verdict' must not be empty.");
    const { scores, verdict } = body;
    if (Object.keys(errors).length > 0 || !scores || !verdict) return validationProblem(errors);
    return change(request, String(params.id), (c) => {
      const refused = refusal.screening(c);
      if (refused) return refuse(refused);
      const estimate = estimateOf(currentInputs(c));
      const pass = verdict === 'Pass';
      const belowMinimum = pass ? refusal.pass(c, estimate) : null;
      if (belowMinimum) return refuse(belowMinimum);
      const screening = {
        screeningId: newId(), scores, verdict, notes: body.notes ?? null, estimate,
        overriddenMarginPercent: pass && estimate.marginBelowMinimum ? (c.marginOverrides.at(-1)?.acceptedMarginPercent ?? null) : null,
        screenedBy: db.me.email, screenedAt: new Date().toISOString(),
      };
      return { event: 'CandidateScreened', data: screening, apply: (x) => ({ ...x, stage: pass ? 'Screened' : x.stage, screenings: [...x.screenings, screening] }) };
    });
  }),

  http.post(`${base}/:id/screening/override`, async ({ request, params }) => {
    if (!db.me.roles.includes('ops-manager')) return forbidden();
    const body = (await request.json()) as { reason?: string };
    const errors = reasonErrors(body);
    if (errors) return validationProblem(errors);
    return change(request, String(params.id), (c) => {
      const estimate = estimateOf(currentInputs(c));
      const refused = refusal.override(c, estimate);
      if (refused) return refuse(refused);
      if (overrideCovers(c, estimate)) return { unchanged: true };
      const override = { acceptedMarginPercent: estimate.perUnit.marginPercent, minMarginPercent: estimate.minMarginPercent, reason: body.reason?.trim() ?? '',
        overriddenBy: db.me.email, overriddenAt: new Date().toISOString() };
      return { event: 'ScreeningMarginOverridden', data: override, apply: (x) => ({ ...x, marginOverrides: [...x.marginOverrides, override] }) };
    });
  }),

  http.post(`${base}/:id/quotes`, async ({ request, params }) => {
    const body = (await request.json()) as BodyOf<'/api/selection/candidates/{id}/quotes', 'post'>;
    const errors: Errors = {};
    if (!body.supplierId) add(errors, 'supplierId', "'Supplier Id' must not be empty.");
    if (!(body.unitPrice?.amount > 0)) add(errors, 'unitPrice.amount', "'Amount' must be greater than '0'.");
    if (!(body.moq > 0)) add(errors, 'moq', "'Moq' must be greater than '0'.");
    if (!body.afterSalesTerms?.trim()) add(errors, 'afterSalesTerms', "'After Sales Terms' must not be empty.");
    if (!body.validUntil || body.validUntil < today()) add(errors, 'validUntil', 'validUntil cannot be in the past: this quote has expired already.');
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    return change(request, String(params.id), (c) => {
      const refused = refusal.quotes(c);
      if (refused) return refuse(refused);
      if (body.unitPrice.currency !== c.numbers.targetPrice.currency) return refuse(rules.quoteCurrency);
      const supplier = mockSuppliers.find((s) => s.id === body.supplierId);
      if (!supplier) return refuse(rules.supplierNotFound);
      const quote: Quote = { quoteId: newId(), ...body, leadTimeDays: body.leadTimeDays ?? 0, afterSalesTerms: body.afterSalesTerms.trim(), supplierName: supplier.name };
      return { event: 'QuoteReceived', data: quote, apply: (x) => ({ ...x, quotes: [...x.quotes, quote], stage: x.stage === 'Screened' ? 'Sourcing' : x.stage }) };
    });
  }),

  http.post(`${base}/:id/quotes/:quoteId/choose`, ({ request, params }) =>
    change(request, String(params.id), (c) => {
      const closed = whenClosed(c);
      if (closed) return closed;
      const quote = c.quotes.find((q) => q.quoteId === params.quoteId);
      if (!quote) return refuse(rules.quoteNotFound);
      if (c.chosenQuoteId === quote.quoteId) return { unchanged: true };
      const refused = refusal.choosing(c, quote);
      if (refused) return refuse(refused);
      return { event: 'QuoteChosen', data: { quoteId: quote.quoteId }, apply: (x) => ({ ...x, chosenQuoteId: quote.quoteId, chosenQuote: quote, stage: 'Sourcing' }) };
    }),
  ),

  http.post(`${base}/:id/samples`, async ({ request, params }) => {
    const body = (await request.json()) as { notes?: string | null };
    if (body.notes && body.notes.length > 2000) return validationProblem({ notes: ["The length of 'Notes' must be 2000 characters or fewer."] });
    return change(request, String(params.id), (c) => {
      const refused = refusal.sample(c);
      const quote = c.chosenQuote;
      if (refused || !quote) return refuse(refused ?? rules.sampleNeedsQuote);
      const sample: MockCandidate['samples'][number] = {
        sampleId: newId(), quoteId: quote.quoteId, supplierId: quote.supplierId, notes: body.notes ?? null, status: 'Open', results: null,
        requestedBy: db.me.email, requestedAt: new Date().toISOString(), resultsRecordedAt: null,
      };
      return { event: 'SampleRequested', data: sample, apply: (x) => ({ ...x, samples: [...x.samples, sample], stage: 'Sampling' }) };
    });
  }),

  http.post(`${base}/:id/samples/:sampleId/results`, async ({ request, params }) => {
    const body = (await request.json()) as BodyOf<'/api/selection/candidates/{id}/samples/{sampleId}/results', 'post'>;
    const errors: Errors = {};
    if (!body.qualityTest) add(errors, 'qualityTest', "'Quality Test' must not be empty.");
    if (!body.functionTest) add(errors, 'functionTest', "'Function Test' must not be empty.");
    if (!body.verdict) add(errors, 'verdict', "'Verdict' must not be empty.");
    else if (body.verdict === 'Pass' && !(body.qualityTest?.passed && body.functionTest?.passed))
      add(errors, 'verdict', 'A sample passes only when its quality and function tests both passed.');
    const { qualityTest, functionTest, verdict } = body;
    if (Object.keys(errors).length > 0 || !qualityTest || !functionTest || !verdict) return validationProblem(errors);
    return change(request, String(params.id), (c) => {
      const closed = whenClosed(c);
      if (closed) return closed;
      const sample = c.samples.find((s) => s.sampleId === params.sampleId);
      if (!sample) return refuse(rules.sampleNotFound);
      const refused = refusal.results(c, sample);
      if (refused) return refuse(refused);
      const results = { qualityTest, functionTest, verdict, defects: body.defects ?? [], improvementRequests: body.improvementRequests ?? [] };
      const status = verdict === 'Pass' ? ('Passed' as const) : ('Failed' as const);
      return {
        event: 'SampleResultsRecorded',
        data: results,
        apply: (x) => ({ ...x, samples: x.samples.map((s) => (s.sampleId === sample.sampleId ? { ...s, status, results, resultsRecordedAt: new Date().toISOString() } : s)) }),
      };
    });
  }),

  http.post(`${base}/:id/approve`, ({ request, params }) =>
    change(request, String(params.id), (c) => {
      const refused = refusal.approval(c);
      if (refused) return refuse(refused);
      if (c.stage === 'Approved') return { unchanged: true };
      const sku = `HOM-2612-${String(++state.skuNumber).padStart(5, '0')}`;
      return {
        event: 'CandidateApproved',
        data: { sku },
        apply: (x) => ({ ...x, stage: 'Approved', sku, approvedBy: db.me.email, approvedAt: new Date().toISOString() }),
      };
    }),
  ),

  http.post(`${base}/:id/reject`, async ({ request, params }) => {
    const body = (await request.json()) as { reason?: string };
    const errors = reasonErrors(body);
    if (errors) return validationProblem(errors);
    return change(request, String(params.id), (c) => {
      if (c.stage === 'Rejected') return { unchanged: true };
      const refused = refusal.rejection(c);
      if (refused) return refuse(refused);
      return { event: 'CandidateRejected', data: body, apply: (x) => ({ ...x, stage: 'Rejected', rejectionReason: body.reason?.trim() ?? '', shelvedFromStage: null }) };
    });
  }),

  http.post(`${base}/:id/shelve`, async ({ request, params }) => {
    const body = (await request.json()) as { reason?: string };
    const errors = reasonErrors(body);
    if (errors) return validationProblem(errors);
    return change(request, String(params.id), (c) => {
      if (c.stage === 'Shelved') return { unchanged: true };
      const refused = refusal.shelving(c);
      if (refused) return refuse(refused);
      return {
        event: 'CandidateShelved',
        data: body,
        apply: (x) => ({ ...x, stage: 'Shelved', shelvedFromStage: x.stage, shelvingReason: body.reason?.trim() ?? '' }),
      };
    });
  }),

  http.post(`${base}/:id/reopen`, ({ request, params }) =>
    change(request, String(params.id), (c) => {
      const from: Stage | null | undefined = c.shelvedFromStage;
      const refused = refusal.reopening(c);
      if (refused || !from) return refuse(refused ?? rules.onlyShelvedReopened);
      return { event: 'CandidateReopened', data: { stage: from }, apply: (x) => ({ ...x, stage: from, shelvedFromStage: null, shelvingReason: null }) };
    }),
  ),
];
