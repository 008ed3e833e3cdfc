import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { type HistoryEntry, historyEntry } from '../history';
import { page } from '../paging';
import { problem, refused, validationProblem } from '../problems';

import { demoStoreId, ontario } from './stocktakes';

/**
 * Mirrors the returns and reimbursement-case endpoints of the host (src/Modules/Logistics/Logistics/Returns,
 * Reconciliation) with their rules. Reset after every test.
 */

type Return = ResponseOf<'/api/logistics/returns/{id}', 'get'>;
type Case = ResponseOf<'/api/logistics/reimbursements/{id}', 'get'>;
type InspectBody = BodyOf<'/api/logistics/returns/{id}/inspect', 'post'>;
type ReceiveBody = BodyOf<'/api/logistics/returns/{id}/receive', 'post'>;
type OpenCaseBody = BodyOf<'/api/logistics/reimbursements', 'post'>;
type ShipmentReportBody = BodyOf<'/api/logistics/reimbursements/shipment-reports', 'post'>;

/** Unit costs logistics knows (selection approved these SKUs); a case for another SKU is refused. */
const unitCosts: Record<string, number> = { 'DEMO-DESK-LAMP': 2.125, 'DEMO-CABLE-BOX': 4 };
const unknownCost = () =>
  refused('reimbursement.unit_cost_unknown', "The SKU's unit cost is not known (selection has not approved it), so no amount can be claimed.");

const state = { returns: [] as { details: Return; history: HistoryEntry[] }[], cases: [] as { details: Case; history: HistoryEntry[] }[], sequence: 0 };

export function resetReturns(): void {
  state.returns = [];
  state.cases = [];
  state.sequence = 0;
}

const nextId = () => `0190d200-0000-7000-8000-${(++state.sequence).toString(16).padStart(12, '0')}`;
const at = () => new Date(Date.UTC(2026, 11, 7, 10, state.sequence)).toISOString();

export function seedReturn(overrides: Partial<Return> = {}): Return {
  const details: Return = {
    id: nextId(), version: 1, storeId: demoStoreId, marketplace: 'US', orderNumber: `113-000000${state.sequence}`, sku: 'DEMO-DESK-LAMP', quantity: 2,
    kind: 'Refund', reason: 'Defective', customerComment: 'Flickers', status: 'Requested', requestedAt: '2026-12-05T08:00:00Z', approvedAt: null,
    warehouseId: null, quantityReceived: null, receivedAt: null, finding: null, disposition: null, inspectionNotes: null, defectReportedToSupplierId: null,
    inspectedBy: null, inspectedAt: null, changedAt: null,
    ...overrides,
  };
  state.returns.push({ details, history: [historyEntry(1, 'ReturnOpened', {}, details.requestedAt, 'system')] });
  return details;
}

export function seedCase(overrides: Partial<Case> = {}): Case {
  const details: Case = {
    id: nextId(), version: 1, kind: 'InboundShortfall', status: 'Open', warehouseId: ontario.id, storeId: demoStoreId, sku: 'DEMO-DESK-LAMP',
    claim: { quantity: 3, unitCost: { amount: 2.125, currency: 'USD' }, amountClaimed: { amount: 6.375, currency: 'USD' } },
    shortfall: { shipmentReference: 'FBA17XYZ', quantityShipped: 100, quantityReceived: 97 }, shipmentReference: 'FBA17XYZ',
    evidence: 'Shipment FBA17XYZ: 100 shipped, 97 received.', evidenceRefs: ['FBA17XYZ'], amazonCaseId: null, amountReimbursed: null,
    rejectionReason: null, closingNote: null, openedBy: 'logistics@demo.ops', openedAt: '2026-12-06T08:00:00Z', submittedAt: null, decidedAt: null,
    closedAt: null,
    ...overrides,
  };
  state.cases.push({ details, history: [historyEntry(1, 'ReimbursementCaseOpened', {}, details.openedAt, details.openedBy)] });
  return details;
}

function change<T extends { id: string; version: number }>(
  store: { details: T; history: HistoryEntry[] }[], id: string, request: Request, event: string, apply: (r: T) => T | Response,
) {
  const stored = store.find((s) => s.details.id === id);
  if (!stored) return problem(404, 'not_found', 'Not found', { detail: `No record with id ${id}.` });
  const ifMatch = request.headers.get('If-Match');
  if (ifMatch && ifMatch !== `"${stored.details.version}"`) return problem(412, 'version_mismatch', 'Stale version');
  const result = apply(stored.details);
  if (result instanceof Response) return result;
  stored.details = { ...result, version: stored.details.version + 1 };
  stored.history.push(historyEntry(stored.details.version, event, {}, at(), 'logistics@demo.ops'));
  return HttpResponse.json(stored.details, { headers: { ETag: `"${stored.details.version}"` } });
}

const sound = ['NoDefect', 'WrongItemSent'];

export const returnsHandlers: HttpHandler[] = [
  http.get('/api/logistics/returns', ({ request }) => {
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const finding = url.searchParams.get('finding');
    const search = url.searchParams.get('search')?.toLowerCase();
    const items = state.returns
      .map((r) => r.details)
      .filter((r) => !status || r.status === status)
      .filter((r) => !finding || r.finding === finding)
      .filter((r) => !search || r.sku.toLowerCase().includes(search) || r.orderNumber.toLowerCase().includes(search));
    return HttpResponse.json(page(items, url));
  }),
  http.get('/api/logistics/returns/:id', ({ params }) => {
    const stored = state.returns.find((r) => r.details.id === params.id);
    return stored ? HttpResponse.json(stored.details) : problem(404, 'not_found', 'Not found');
  }),
  http.get('/api/logistics/returns/:id/history', ({ params }) => HttpResponse.json(state.returns.find((r) => r.details.id === params.id)?.history ?? [])),
  http.post('/api/logistics/returns/:id/approve', ({ params, request }) =>
    change(state.returns, String(params.id), request, 'ReturnApproved', (r) =>
      r.status !== 'Requested' ? refused('return.not_requested', 'Only a requested return can be approved.') : { ...r, status: 'Approved' as const, approvedAt: at() },
    ),
  ),
  http.post('/api/logistics/returns/:id/receive', async ({ params, request }) => {
    const body = (await request.json()) as ReceiveBody;
    if (!body.quantity) return validationProblem({ quantity: ["'Quantity' must not be empty."] });
    return change(state.returns, String(params.id), request, 'ReturnReceived', (r) =>
      r.status !== 'Approved'
        ? refused('return.not_approved', 'Only an approved return can be received.')
        : (body.quantity ?? 0) > r.quantity
          ? refused('return.more_than_requested', 'More units arrived than the customer returns.')
          : { ...r, status: 'Received' as const, warehouseId: body.warehouseId, quantityReceived: body.quantity, receivedAt: at() },
    );
  }),
  http.post('/api/logistics/returns/:id/inspect', async ({ params, request }) => {
    const body = (await request.json()) as InspectBody;
    if (body.finding && body.finding !== 'NoDefect' && !body.notes) return validationProblem({ notes: ['Describe what the inspection found.'] });
    return change(state.returns, String(params.id), request, 'ReturnInspectionRecorded', (r) =>
      r.status !== 'Received'
        ? refused('return.not_received', 'Only a received return can be inspected.')
        : body.disposition === 'Restocked' && !sound.includes(body.finding ?? '')
          ? refused('return.only_sound_items_restocked', 'Only an item found without defect (or the wrong item we sent) goes back into stock.')
          : {
              ...r, status: body.disposition, finding: body.finding, disposition: body.disposition, inspectionNotes: body.notes, inspectedAt: at(),
              defectReportedToSupplierId: body.finding === 'QualityDefect' ? '0190d300-0000-7000-8000-000000000001' : null,
            },
    );
  }),
  http.get('/api/logistics/reimbursements', ({ request }) => {
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const kind = url.searchParams.get('kind');
    const items = state.cases.map((c) => c.details).filter((c) => (!status || c.status === status) && (!kind || c.kind === kind));
    return HttpResponse.json(page(items, url));
  }),
  http.post('/api/logistics/reimbursements', async ({ request }) => {
    const body = (await request.json()) as OpenCaseBody;
    const errors: Record<string, string[]> = {};
    if (!body.sku) errors.sku = ["'Sku' must not be empty."];
    if (!body.quantity || body.quantity < 1 || body.quantity > 1_000_000) errors.quantity = ["'Quantity' must be between 1 and 1000000. You entered " + String(body.quantity) + '.'];
    if (!body.evidence) errors.evidence = ["'Evidence' must not be empty."];
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    if (body.warehouseId !== ontario.id) return refused('reimbursement.warehouse_must_be_fba', 'Reimbursements are claimed from Amazon: the warehouse must be an open FBA fulfilment centre.');
    const unitCost = unitCosts[body.sku];
    if (unitCost === undefined) return unknownCost();
    const opened = seedCase({
      kind: body.kind, sku: body.sku, claim: { quantity: body.quantity, unitCost: { amount: unitCost, currency: 'USD' }, amountClaimed: { amount: body.quantity * unitCost, currency: 'USD' } },
      shortfall: null, shipmentReference: null, evidence: body.evidence, evidenceRefs: body.evidenceRefs ?? [],
    });
    return HttpResponse.json(opened, { status: 201, headers: { ETag: '"1"', Location: `/api/logistics/reimbursements/${opened.id}` } });
  }),
  http.post('/api/logistics/reimbursements/shipment-reports', async ({ request }) => {
    const body = (await request.json()) as ShipmentReportBody;
    if (new Set(body.lines.map((l) => l.sku)).size !== body.lines.length) return validationProblem({ lines: ['Each SKU is reported once per shipment.'] });
    const unknown = body.lines.filter((l) => (l.quantityReceived ?? 0) < (l.quantityShipped ?? 0) && unitCosts[l.sku] === undefined);
    if (unknown.length > 0) return unknownCost();
    const lines = body.lines.map((l) => {
      const shipped = l.quantityShipped ?? 0;
      const received = l.quantityReceived ?? 0;
      const shortfall = Math.max(0, shipped - received);
      const opened = shortfall > 0
        ? seedCase({
            sku: l.sku, shipmentReference: body.shipmentReference, shortfall: { shipmentReference: body.shipmentReference, quantityShipped: shipped, quantityReceived: received },
            claim: {
              quantity: shortfall,
              unitCost: { amount: unitCosts[l.sku] ?? 0, currency: 'USD' },
              amountClaimed: { amount: shortfall * (unitCosts[l.sku] ?? 0), currency: 'USD' },
            },
          })
        : null;
      return { sku: l.sku, quantityShipped: shipped, quantityReceived: received, shortfall, caseId: opened?.id ?? null };
    });
    return HttpResponse.json({ warehouseId: body.warehouseId, shipmentReference: body.shipmentReference, lines }, { status: 201 });
  }),
  http.get('/api/logistics/reimbursements/:id', ({ params }) => {
    const stored = state.cases.find((c) => c.details.id === params.id);
    return stored ? HttpResponse.json(stored.details) : problem(404, 'not_found', 'Not found');
  }),
  http.get('/api/logistics/reimbursements/:id/history', ({ params }) => HttpResponse.json(state.cases.find((c) => c.details.id === params.id)?.history ?? [])),
  http.post('/api/logistics/reimbursements/:id/submit', async ({ params, request }) => {
    const body = (await request.json()) as { amazonCaseId: string | null };
    return change(state.cases, String(params.id), request, 'ReimbursementCaseSubmitted', (c) =>
      c.status !== 'Open' ? refused('reimbursement.not_open', 'Only an open case can be submitted.') : { ...c, status: 'Submitted' as const, amazonCaseId: body.amazonCaseId, submittedAt: at() },
    );
  }),
  http.post('/api/logistics/reimbursements/:id/reimburse', async ({ params, request }) => {
    const body = (await request.json()) as { amount: { amount: number; currency: string } };
    return change(state.cases, String(params.id), request, 'ReimbursementReceived', (c) =>
      c.status !== 'Submitted'
        ? refused('reimbursement.not_submitted', 'Only a submitted case is reimbursed or rejected.')
        : body.amount.currency !== c.claim.amountClaimed.currency
          ? refused('reimbursement.currency_must_match_claim', "The reimbursement is recorded in the claim's currency.")
          : { ...c, status: 'Reimbursed' as const, amountReimbursed: body.amount, decidedAt: at() },
    );
  }),
  http.post('/api/logistics/reimbursements/:id/reject', async ({ params, request }) => {
    const body = (await request.json()) as { reason: string };
    if (!body.reason) return validationProblem({ reason: ["'Reason' must not be empty."] });
    return change(state.cases, String(params.id), request, 'ReimbursementCaseRejected', (c) =>
      c.status !== 'Submitted'
        ? refused('reimbursement.not_submitted', 'Only a submitted case is reimbursed or rejected.')
        : { ...c, status: 'Rejected' as const, rejectionReason: body.reason, decidedAt: at() },
    );
  }),
  http.post('/api/logistics/reimbursements/:id/close', ({ params, request }) =>
    change(state.cases, String(params.id), request, 'ReimbursementCaseClosed', (c) =>
      c.status !== 'Reimbursed' && c.status !== 'Rejected'
        ? refused('reimbursement.not_decided', 'A case is closed once reimbursed or rejected.')
        : { ...c, status: 'Closed' as const, closedAt: at() },
    ),
  ),
];
