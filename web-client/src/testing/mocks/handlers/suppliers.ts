import { http, HttpResponse, type HttpHandler } from 'msw';

import type { components } from '@/lib/api/schema';
import type { BodyOf } from '@/lib/api/types';

import { db } from '../db';
import { page } from '../paging';
import { problem, refused, unauthenticated, validationProblem } from '../problems';
import { type HistoryEntry, historyEntry } from '../history';

type Supplier = components['schemas']['SupplierDetails'];
type SupplierDocument = components['schemas']['SupplierDocument'];
type SupplierScores = components['schemas']['SupplierScores'];
type DocumentRequest = components['schemas']['QualificationDocumentRequest'];

/** The selection settings' defaults (src/Modules/Selection/Selection/SelectionSettings.cs). */
const weights: components['schemas']['SupplierScoreWeights'] = {
  qualification: 10, reputation: 15, capacity: 15, quality: 25, price: 15, leadTime: 10, afterSales: 10,
};
const thresholds: components['schemas']['GradeThresholds'] = { a: 85, b: 70, c: 60 };
const warnDaysBeforeExpiry = 30;
const incidentWindowDays = 90;
const qualityPenaltyPerIncident = 5;
const incidentsBeforeReview = 3;

/** GET /api/selection/settings: the defaults, as a fresh host answers (only the supplier part is used by these screens). */
const selectionSettings = (): components['schemas']['PolicySettingsViewOfSelectionSettings'] => ({
  id: '0190a000-0000-7000-8000-5e1ec7105e77',
  version: 1,
  changedBy: null,
  changedAt: null,
  settings: {
    minMarginPercent: 25,
    referralFeePercent: 15,
    expectedAcosPercent: 10,
    maxInvestmentPerSku: { amount: 30000, currency: 'USD' },
    fulfilmentFees: { currency: 'USD', dimensionalWeightDivisor: 139, lowPriceBelow: 10, highPriceAbove: 50, sizeTiers: [], bands: [] },
    supplierScoreWeights: weights,
    gradeThresholds: thresholds,
    warnDaysBeforeExpiry,
    incidentsBeforeReview,
    incidentWindowDays,
    qualityPenaltyPerIncident,
    kpiTargets: { screeningPassRatePercent: null, daysProposedToApproved: null, samplePassRatePercent: null, supplierOnTimeDeliveryPercent: null },
  },
});

/** The rules of Supplier.cs, with the host's English texts. */
const rules = {
  mustBeEvaluated: ['supplier.must_be_evaluated_before_decision', 'Evaluate the supplier before approving or rejecting it.'],
  gradeD: ['supplier.grade_d_cannot_be_approved', 'A grade D supplier cannot be approved, not even conditionally.'],
  gradeC: ['supplier.grade_c_can_only_be_approved_conditionally', 'A grade C supplier can only be approved with conditions.'],
  rejectionIsFinal: ['supplier.rejection_is_final', 'A rejected supplier is neither evaluated nor approved again; register it anew to start over.'],
  suspendedFirst: ['supplier.suspended_supplier_must_be_reinstated_first', 'Reinstate the suspended supplier before deciding on it again.'],
  onlyApprovedSigns: ['supplier.only_approved_supplier_can_sign_agreement', 'Agreements are signed only with approved (or conditionally approved) suppliers.'],
  onlyActiveSuspended: ['supplier.only_active_supplier_can_be_suspended', 'Only an approved or conditionally approved supplier can be suspended.'],
  onlySuspendedReinstated: ['supplier.only_suspended_supplier_can_be_reinstated', 'Only a suspended supplier can be reinstated.'],
  expiredDocument: ['supplier.expired_document_cannot_be_added', 'This qualification document has already expired.'],
} as const;
const refuse = ([code, detail]: readonly [string, string]) => refused(code, detail);

let sequence = 0;
const newId = () => `0190b000-0000-7000-8000-${(++sequence).toString(16).padStart(12, '0')}`;

const today = () => new Date().toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
/** A calendar date `days` from today (negative: in the past), for test data. */
export const daysFromToday = (days: number) => addDays(today(), days);

/** The status the scheduled expiry warning and expiry would have given the document by now. */
const documentStatus = (expiresOn: string): SupplierDocument['status'] =>
  expiresOn <= today() ? 'Expired' : expiresOn <= addDays(today(), warnDaysBeforeExpiry) ? 'Expiring' : 'Valid';

export function aSupplierDocument(overrides: Partial<SupplierDocument> = {}): SupplierDocument {
  const expiresOn = overrides.expiresOn ?? daysFromToday(365);
  return {
    documentId: newId(),
    kind: 'BusinessLicence',
    name: 'Business licence',
    number: `BL-${sequence}`,
    issuedOn: '2025-01-01',
    expiresOn,
    status: documentStatus(expiresOn),
    ...overrides,
  };
}

export function aSupplier(overrides: Partial<Supplier> = {}): Supplier {
  const n = ++sequence;
  return {
    id: newId(),
    version: 1,
    name: `Supplier ${n}`,
    contact: { person: 'Wang Fang', email: `sales${n}@supplier.example`, phone: '+86 755 1234 5678' },
    country: 'CN',
    monthlyCapacityUnits: 5000,
    status: 'Registered',
    grade: null,
    weightedScore: null,
    reviewRequired: false,
    conditions: null,
    rejectionReason: null,
    suspensionReason: null,
    documents: [],
    latestEvaluation: null,
    evaluations: [],
    agreements: [],
    qualityIncidents: [],
    deliveries: { count: 0, onTimeCount: 0, onTimePercent: null, last: null },
    registeredBy: 'product@demo.ops',
    registeredAt: '2026-11-02T09:30:00Z',
    ...overrides,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const weightedScoreOf = (s: SupplierScores) =>
  round2(
    (s.qualification * weights.qualification + s.reputation * weights.reputation + s.capacity * weights.capacity + s.quality * weights.quality +
      s.price * weights.price + s.leadTime * weights.leadTime + s.afterSales * weights.afterSales) / 100,
  );
const gradeFor = (score: number): components['schemas']['SupplierGrade'] =>
  score >= thresholds.a ? 'A' : score >= thresholds.b ? 'B' : score >= thresholds.c ? 'C' : 'D';

/** An evaluated supplier with these scores (grade and score computed as the host does). */
export function anEvaluatedSupplier(scores: SupplierScores, overrides: Partial<Supplier> = {}): Supplier {
  const weightedScore = weightedScoreOf(scores);
  const evaluation = anEvaluation(scores, weightedScore, 0, '2026-11-10T10:00:00Z');
  return aSupplier({ status: 'Evaluated', grade: evaluation.grade, weightedScore, latestEvaluation: evaluation, evaluations: [evaluation], ...overrides });
}

function anEvaluation(scores: SupplierScores, weightedScore: number, incidents: number, at: string, notes: string | null = null) {
  return {
    evaluationId: newId(),
    scores,
    adjustedQualityScore: Math.max(0, scores.quality - qualityPenaltyPerIncident * incidents),
    qualityIncidentsCounted: incidents,
    qualityPenaltyPerIncident,
    weights,
    thresholds,
    weightedScore,
    grade: gradeFor(weightedScore),
    notes,
    evaluatedBy: db.me.email,
    evaluatedAt: at,
  } satisfies components['schemas']['SupplierEvaluation'];
}

/** The mock's state: suppliers and their event history. */
export const suppliersDb = {
  suppliers: [] as Supplier[],
  history: new Map<string, HistoryEntry[]>(),
};

/** Puts suppliers on file, each with a registration in its history. */
export function seedSuppliers(...suppliers: Supplier[]): Supplier[] {
  for (const supplier of suppliers) {
    suppliersDb.suppliers.push(supplier);
    suppliersDb.history.set(supplier.id, [
      historyEntry(1, 'SupplierRegistered', { supplierId: supplier.id, name: supplier.name }, supplier.registeredAt, supplier.registeredBy),
    ]);
  }
  return suppliers;
}

/** Puts one supplier on file and returns it. */
export const seedSupplier = (supplier: Supplier): Supplier => {
  seedSuppliers(supplier);
  return supplier;
};

const authenticated = (request: Request) => request.headers.get('Authorization')?.startsWith('Bearer ');
const myRoles = () => db.me.roles as readonly string[];
const allowed = (...roles: string[]) => myRoles().some((r) => roles.includes(r));
const forbidden = () => problem(403, 'forbidden', 'Forbidden', { detail: 'Your roles do not allow this operation.' });

const notFound = (id: string) => problem(404, 'not_found', 'Not found', { detail: `No supplier with id ${id}.` });

/** FastEndpoints' default messages, with the property names as the host words them. */
const messages = {
  notEmpty: (name: string) => `'${name}' must not be empty.`,
  maxLength: (name: string, max: number, actual: number) =>
    `The length of '${name}' must be ${max} characters or fewer. You entered ${actual} characters.`,
  greaterThanZero: (name: string) => `'${name}' must be greater than '0'.`,
  between: (name: string, actual: number) => `'${name}' must be between 0 and 100. You entered ${actual}.`,
};

const isIsoCountry = (code: string) => {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code);
  return name !== undefined && name !== code;
};

function validateDocument(d: DocumentRequest, prefix: string, errors: Record<string, string[]>) {
  const add = (field: string, message: string) => (errors[`${prefix}${field}`] ??= []).push(message);
  if (!d.kind) add('kind', messages.notEmpty('Kind'));
  if (!d.name?.trim()) add('name', messages.notEmpty('Name'));
  if (!d.number?.trim()) add('number', messages.notEmpty('Number'));
  if (!d.issuedOn) add('issuedOn', messages.notEmpty('Issued On'));
  if (d.expiresOn && d.issuedOn && d.expiresOn <= d.issuedOn) add('expiresOn', 'expiresOn must be after issuedOn.');
}

type Params = { id: string };

/** Finds the supplier, checks roles and If-Match; answers a problem or the supplier to change. */
function target(request: Request, id: string, roles: string[]): Supplier | Response {
  if (!authenticated(request)) return unauthenticated();
  if (!allowed(...roles)) return forbidden();
  const supplier = suppliersDb.suppliers.find((s) => s.id === id);
  if (!supplier) return notFound(id);
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch !== null && ifMatch !== `"${supplier.version}"`) {
    return problem(412, 'version_mismatch', 'The record changed since you loaded it', { detail: `Expected version ${ifMatch}, found "${supplier.version}".` });
  }
  return supplier;
}

/** Applies an accepted change: a new version and its history entry; answers the supplier. */
function record(supplier: Supplier, type: string, data: Record<string, unknown>, change: Partial<Supplier>) {
  // The changed fields with their values before and after, as the host lists them (top-level values only, here).
  const changes = Object.entries(change)
    .filter(([field, after]) => typeof after !== 'object' && supplier[field as keyof Supplier] !== after)
    .map(([field, after]) => ({ field, before: supplier[field as keyof Supplier] ?? null, after: after ?? null }));
  Object.assign(supplier, change, { version: supplier.version + 1 });
  const history = suppliersDb.history.get(supplier.id) ?? [];
  history.push(
    historyEntry(supplier.version, type, { supplierId: supplier.id, ...data }, new Date().toISOString(), db.me.email, {
      by: { kind: 'Person', id: db.me.email, name: db.me.displayName },
      changes,
    }),
  );
  suppliersDb.history.set(supplier.id, history);
  return HttpResponse.json(supplier, { headers: { ETag: `"${supplier.version}"` } });
}

const writers = ['product', 'ops-manager', 'admin', 'integration'];
const evaluators = ['product', 'ops-manager', 'admin'];
const deciders = ['ops-manager', 'admin'];
const incidentRecorders = ['product', 'ops-manager', 'admin', 'logistics', 'service', 'integration'];
const readers = ['admin', 'ops-manager', 'product', 'listing', 'service', 'logistics', 'finance', 'trainer', 'staff', 'auditor', 'integration'];

const byName = (s: Supplier): string | number => s.name;
const sortKeys: Record<string, (s: Supplier) => string | number> = {
  name: byName,
  grade: (s) => s.grade ?? '',
  weightedScore: (s) => s.weightedScore ?? -1,
  registeredAt: (s) => s.registeredAt,
};

/** The list's order for `sort` (`grade`, `-weightedScore`); an unknown field sorts by name (checked before). */
const bySort = (sort: string) => {
  const descending = sort.startsWith('-');
  const key = sortKeys[sort.replace(/^-/, '')] ?? byName;
  return (a: Supplier, b: Supplier) => {
    const [x, y] = [key(a), key(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  };
};

/** Approve, approve conditionally and reject need an evaluated supplier that is neither rejected nor suspended. */
const refusalOfDecision = (s: Supplier) =>
  s.status === 'Registered' ? rules.mustBeEvaluated : s.status === 'Rejected' ? rules.rejectionIsFinal : s.status === 'Suspended' ? rules.suspendedFirst : null;

/** Mirrors the suppliers endpoints of the host, with their validation and refusals. State lives here; reset after every test. */
export const suppliersHandlers: HttpHandler[] = [
  http.get('/api/selection/settings', ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    if (!allowed(...readers)) return forbidden();
    return HttpResponse.json(selectionSettings());
  }),

  http.get('/api/selection/suppliers/document-warnings', ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    if (!allowed(...readers)) return forbidden();
    const lastDayWarned = addDays(today(), warnDaysBeforeExpiry);
    const warnings = suppliersDb.suppliers
      .flatMap((s) =>
        s.documents
          .filter((d) => d.expiresOn <= lastDayWarned)
          .map((d) => ({
            supplierId: s.id, supplierName: s.name, documentId: d.documentId, kind: d.kind, name: d.name, number: d.number,
            expiresOn: d.expiresOn, expired: d.expiresOn <= today(),
          })),
      )
      .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
    return HttpResponse.json(page(warnings, new URL(request.url)));
  }),

  http.get('/api/selection/suppliers', ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    if (!allowed(...readers)) return forbidden();
    const url = new URL(request.url);
    const grade = url.searchParams.get('grade');
    const status = url.searchParams.get('status');
    const country = url.searchParams.get('country')?.toUpperCase();
    const search = url.searchParams.get('search')?.toLowerCase();
    const sort = url.searchParams.get('sort');
    if (sort && !(sort.replace(/^-/, '') in sortKeys)) {
      return validationProblem({ sort: ["Sort by one of: name, grade, weightedScore, registeredAt (prefix '-' for descending)."] });
    }
    const suppliers = suppliersDb.suppliers
      .filter(
        (s) =>
          (!grade || s.grade === grade) &&
          (!status || s.status === status) &&
          (!country || s.country === country) &&
          (!search || s.name.toLowerCase().includes(search)),
      )
      .sort(bySort(url.searchParams.get('sort') ?? 'name'));
    return HttpResponse.json(page(suppliers, url));
  }),

  http.post('/api/selection/suppliers', async ({ request }) => {
    if (!authenticated(request)) return unauthenticated();
    if (!allowed(...writers)) return forbidden();
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers', 'post'>;
    const errors: Record<string, string[]> = {};
    if (!body.name?.trim()) errors.name = [messages.notEmpty('Name')];
    else if (body.name.length > 200) errors.name = [messages.maxLength('Name', 200, body.name.length)];
    if (!body.contact?.person?.trim()) errors['contact.person'] = [messages.notEmpty('Person')];
    if (!body.contact?.email?.trim()) errors['contact.email'] = [messages.notEmpty('Email')];
    else if (!/^[^@\s]+@[^@\s]+$/.test(body.contact.email)) errors['contact.email'] = ["'Email' is not a valid email address."];
    if (!isIsoCountry(body.country ?? '')) errors.country = ['Country must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN.'];
    if (!(body.monthlyCapacityUnits > 0)) errors.monthlyCapacityUnits = [messages.greaterThanZero('Monthly Capacity Units')];
    body.documents.forEach((d, i) => validateDocument(d, `documents[${i}].`, errors));
    if (Object.keys(errors).length > 0) return validationProblem(errors, '/api/selection/suppliers');
    if (body.documents.some((d) => d.expiresOn <= today())) return refuse(rules.expiredDocument);
    const supplier = aSupplier({
      name: body.name.trim(),
      contact: { person: body.contact.person, email: body.contact.email, phone: body.contact.phone ?? null },
      country: body.country,
      monthlyCapacityUnits: body.monthlyCapacityUnits,
      // Filed as valid: the scheduled warning and expiry change the status later (SupplierDocument.From).
      documents: body.documents.map((d) => aSupplierDocument({ ...d, kind: d.kind ?? 'Other', expiresOn: d.expiresOn, status: 'Valid' })),
      registeredBy: db.me.email,
      registeredAt: new Date().toISOString(),
    });
    seedSuppliers(supplier);
    return HttpResponse.json(supplier, { status: 201, headers: { ETag: '"1"', Location: `/api/selection/suppliers/${supplier.id}` } });
  }),

  http.get<Params>('/api/selection/suppliers/:id', ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const supplier = suppliersDb.suppliers.find((s) => s.id === params.id);
    return supplier ? HttpResponse.json(supplier, { headers: { ETag: `"${supplier.version}"` } }) : notFound(params.id);
  }),

  http.get<Params>('/api/selection/suppliers/:id/history', ({ request, params }) => {
    if (!authenticated(request)) return unauthenticated();
    const history = suppliersDb.history.get(params.id);
    return history ? HttpResponse.json(history) : notFound(params.id);
  }),

  http.post<Params>('/api/selection/suppliers/:id/evaluations', async ({ request, params }) => {
    const supplier = target(request, params.id, evaluators);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/evaluations', 'post'>;
    const errors: Record<string, string[]> = {};
    if (!body.scores) errors.scores = [messages.notEmpty('Scores')];
    else {
      for (const [field, value] of Object.entries(body.scores)) {
        if (!(value >= 0 && value <= 100)) errors[`scores.${field}`] = [messages.between(field.replace(/^./, (c) => c.toUpperCase()), value)];
      }
    }
    if ((body.notes?.length ?? 0) > 2000) errors.notes = [messages.maxLength('Notes', 2000, body.notes?.length ?? 0)];
    if (Object.keys(errors).length > 0 || !body.scores) return validationProblem(errors, request.url);
    if (supplier.status === 'Rejected') return refuse(rules.rejectionIsFinal);
    const windowStart = Date.now() - incidentWindowDays * 86_400_000;
    const incidents = supplier.qualityIncidents.filter((i) => new Date(i.occurredAt).getTime() >= windowStart).length;
    const adjusted = { ...body.scores, quality: Math.max(0, body.scores.quality - qualityPenaltyPerIncident * incidents) };
    const weightedScore = weightedScoreOf(adjusted);
    const evaluation = anEvaluation(body.scores, weightedScore, incidents, new Date().toISOString(), body.notes?.trim() || null);
    return record(supplier, 'SupplierEvaluated', { grade: evaluation.grade, weightedScore }, {
      status: supplier.status === 'Registered' ? 'Evaluated' : supplier.status,
      grade: evaluation.grade,
      weightedScore,
      reviewRequired: false,
      latestEvaluation: evaluation,
      evaluations: [...supplier.evaluations, evaluation],
    });
  }),

  http.post<Params>('/api/selection/suppliers/:id/documents', async ({ request, params }) => {
    const supplier = target(request, params.id, writers);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/documents', 'post'>;
    const errors: Record<string, string[]> = {};
    validateDocument(body, '', errors);
    if (Object.keys(errors).length > 0) return validationProblem(errors, request.url);
    if (body.expiresOn <= today()) return refuse(rules.expiredDocument);
    // Filed as valid: the scheduled warning (due at once inside the window) changes the status a moment later.
    const document = aSupplierDocument({ ...body, kind: body.kind ?? 'Other', expiresOn: body.expiresOn, status: 'Valid' });
    const others = supplier.documents.filter((d) => !(d.kind === document.kind && d.number === document.number));
    return record(supplier, 'QualificationDocumentAdded', { document }, { documents: [...others, document] });
  }),

  http.post<Params>('/api/selection/suppliers/:id/agreements', async ({ request, params }) => {
    const supplier = target(request, params.id, evaluators);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/agreements', 'post'>;
    const errors: Record<string, string[]> = {};
    if (!body.priceTerms?.trim()) errors.priceTerms = [messages.notEmpty('Price Terms')];
    if (!(body.unitPrice?.amount > 0)) errors['unitPrice.amount'] = [messages.greaterThanZero('Amount')];
    if (!/^[A-Z]{3}$/.test(body.unitPrice?.currency ?? '')) errors['unitPrice.currency'] = ['Currency must be an ISO 4217 code, e.g. USD.'];
    if (!(body.leadTimeDays > 0)) errors.leadTimeDays = [messages.greaterThanZero('Lead Time Days')];
    if (!(body.moq > 0)) errors.moq = [messages.greaterThanZero('Moq')];
    if (!body.paymentTerms?.trim()) errors.paymentTerms = [messages.notEmpty('Payment Terms')];
    if (!body.afterSalesTerms?.trim()) errors.afterSalesTerms = [messages.notEmpty('After Sales Terms')];
    if (!body.startsOn) errors.startsOn = [messages.notEmpty('Starts On')];
    if (body.endsOn && body.startsOn && body.endsOn <= body.startsOn) errors.endsOn = ['endsOn must be after startsOn.'];
    if (Object.keys(errors).length > 0) return validationProblem(errors, request.url);
    if (supplier.status !== 'Approved' && supplier.status !== 'Conditional') return refuse(rules.onlyApprovedSigns);
    const agreement = { agreementId: newId(), ...body };
    return record(supplier, 'SupplierAgreementSigned', { agreement }, { agreements: [...supplier.agreements, agreement] });
  }),

  http.post<Params>('/api/selection/suppliers/:id/incidents', async ({ request, params }) => {
    const supplier = target(request, params.id, incidentRecorders);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/incidents', 'post'>;
    const errors: Record<string, string[]> = {};
    if (!body.occurredAt) errors.occurredAt = [messages.notEmpty('Occurred At')];
    else if (new Date(body.occurredAt).getTime() > Date.now()) errors.occurredAt = ['occurredAt cannot be in the future.'];
    if (!body.description?.trim()) errors.description = [messages.notEmpty('Description')];
    if (!body.source) errors.source = [messages.notEmpty('Source')];
    if (Object.keys(errors).length > 0 || !body.source) return validationProblem(errors, request.url);
    const incident = { incidentId: newId(), occurredAt: body.occurredAt, sku: body.sku?.trim() || null, description: body.description.trim(), source: body.source };
    const incidents = [...supplier.qualityIncidents, incident];
    const windowStart = Date.now() - incidentWindowDays * 86_400_000;
    const dueForReview =
      !supplier.reviewRequired && supplier.status !== 'Rejected' && incidents.filter((i) => new Date(i.occurredAt).getTime() >= windowStart).length >= incidentsBeforeReview;
    return record(supplier, 'QualityIncidentRecorded', { incident }, { qualityIncidents: incidents, reviewRequired: supplier.reviewRequired || dueForReview });
  }),

  http.post<Params>('/api/selection/suppliers/:id/approve', ({ request, params }) => {
    const supplier = target(request, params.id, deciders);
    if (supplier instanceof Response) return supplier;
    const refusal = refusalOfDecision(supplier) ?? (supplier.grade === 'D' ? rules.gradeD : supplier.grade === 'C' ? rules.gradeC : null);
    if (refusal) return refuse(refusal);
    if (supplier.status === 'Approved') return HttpResponse.json(supplier);
    return record(supplier, 'SupplierApproved', { grade: supplier.grade }, { status: 'Approved', conditions: null });
  }),

  http.post<Params>('/api/selection/suppliers/:id/approve-conditionally', async ({ request, params }) => {
    const supplier = target(request, params.id, deciders);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/approve-conditionally', 'post'>;
    if (!body.conditions?.trim()) return validationProblem({ conditions: [messages.notEmpty('Conditions')] }, request.url);
    const refusal = refusalOfDecision(supplier) ?? (supplier.grade === 'D' ? rules.gradeD : null);
    if (refusal) return refuse(refusal);
    return record(supplier, 'SupplierApprovedConditionally', { conditions: body.conditions.trim() }, { status: 'Conditional', conditions: body.conditions.trim() });
  }),

  http.post<Params>('/api/selection/suppliers/:id/reject', async ({ request, params }) => {
    const supplier = target(request, params.id, deciders);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/reject', 'post'>;
    if (!body.reason?.trim()) return validationProblem({ reason: [messages.notEmpty('Reason')] }, request.url);
    const refusal = refusalOfDecision(supplier);
    if (refusal) return refuse(refusal);
    return record(supplier, 'SupplierRejected', { reason: body.reason.trim() }, { status: 'Rejected', rejectionReason: body.reason.trim() });
  }),

  http.post<Params>('/api/selection/suppliers/:id/suspend', async ({ request, params }) => {
    const supplier = target(request, params.id, deciders);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/suspend', 'post'>;
    if (!body.reason?.trim()) return validationProblem({ reason: [messages.notEmpty('Reason')] }, request.url);
    if (supplier.status !== 'Approved' && supplier.status !== 'Conditional') return refuse(rules.onlyActiveSuspended);
    statusBeforeSuspension.set(supplier.id, supplier.status);
    return record(supplier, 'SupplierSuspended', { reason: body.reason.trim() }, { status: 'Suspended', suspensionReason: body.reason.trim() });
  }),

  http.post<Params>('/api/selection/suppliers/:id/reinstate', async ({ request, params }) => {
    const supplier = target(request, params.id, deciders);
    if (supplier instanceof Response) return supplier;
    const body = (await request.json()) as BodyOf<'/api/selection/suppliers/{id}/reinstate', 'post'>;
    if (!body.reason?.trim()) return validationProblem({ reason: [messages.notEmpty('Reason')] }, request.url);
    if (supplier.status !== 'Suspended') return refuse(rules.onlySuspendedReinstated);
    const previous = statusBeforeSuspension.get(supplier.id) ?? 'Approved';
    return record(supplier, 'SupplierReinstated', { status: previous, reason: body.reason.trim() }, { status: previous, suspensionReason: null });
  }),
];

/** What a suspended supplier returns to when reinstated (the aggregate's StatusBeforeSuspension). */
const statusBeforeSuspension = new Map<string, Supplier['status']>();

export function resetSuppliers(): void {
  suppliersDb.suppliers = [];
  suppliersDb.history = new Map();
  statusBeforeSuspension.clear();
}
