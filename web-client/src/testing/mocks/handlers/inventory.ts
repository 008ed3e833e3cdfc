import { http, HttpResponse, type HttpHandler } from 'msw';

import type { BodyOf, ResponseOf } from '@/lib/api/types';

import { page } from '../paging';
import { problem, refused, validationProblem } from '../problems';

/**
 * Mirrors the inventory endpoints of the host (src/Modules/Logistics/Logistics/Inventory, Receipts, Replenishment): the
 * board's filters, the SKU page, movements, replenishment, receipts (with their validation and refusals) and inbound.
 * Figures are what tests seed; a receipt or inbound adds to the row's stock. State lives here; reset after every test.
 */

type InventoryRow = ResponseOf<'/api/logistics/inventory', 'get'>['items'][number];
type Suggestion = ResponseOf<'/api/logistics/inventory/replenishment', 'get'>['items'][number];
type SkuView = ResponseOf<'/api/logistics/inventory/{sku}', 'get'>;
type Movement = ResponseOf<'/api/logistics/inventory/{sku}/movements', 'get'>['items'][number];
type Warehouse = ResponseOf<'/api/logistics/warehouses', 'get'>['items'][number];
type ReceiptBody = BodyOf<'/api/logistics/receipts', 'post'>;
type Receipt = ResponseOf<'/api/logistics/receipts', 'post', 201>;
type InboundBody = BodyOf<'/api/logistics/inventory/inbound', 'post'>;

const state = {
  rows: [] as InventoryRow[],
  suggestions: [] as Suggestion[],
  skus: new Map<string, SkuView>(),
  movements: [] as Movement[],
  warehouses: [] as Warehouse[],
  receipts: [] as Receipt[],
  knownSkus: new Set<string>(),
  idempotency: new Map<string, Receipt>(),
};

/** "Today" for the mock: received dates after it are refused, as the host refuses a date after today in the warehouse. */
export const inventoryToday = '2026-12-01';

export const aWarehouse = (overrides: Partial<Warehouse> = {}): Warehouse => ({
  id: '0190d000-0000-7000-8000-000000000001',
  version: 1,
  code: 'FBA-ONT8',
  name: 'Amazon ONT8',
  type: 'FbaFulfilmentCentre',
  storeId: '0190d000-0000-7000-8000-0000000000aa',
  country: 'US',
  timeZone: 'America/Los_Angeles',
  closed: false,
  registeredAt: '2026-11-01T00:00:00Z',
  changedAt: null,
  ...overrides,
});

/** A board row with the figures of 60 units shipped over 30 days (2/day), lead time 25, MOQ 300 and 40 available. */
export function anInventoryRow(overrides: Partial<InventoryRow> = {}): InventoryRow {
  const warehouse = aWarehouse();
  return {
    itemId: crypto.randomUUID(),
    warehouseId: warehouse.id,
    warehouseCode: warehouse.code,
    warehouseType: 'FbaFulfilmentCentre',
    country: 'US',
    sku: 'DEMO-DESK-LAMP',
    name: 'Lumina LED Desk Lamp',
    storageType: 'Standard',
    onHand: 40,
    reserved: 0,
    inbound: 0,
    available: 40,
    alerts: ['StockoutForecast', 'ReorderPoint'],
    lastMovementAt: '2026-11-30T10:00:00Z',
    figures: {
      velocity: { perDay: 2, unitsShipped: 60, windowDays: 30 },
      safetyStock: { units: 28, safetyDays: 14, velocity: 2 },
      reorderPoint: { units: 78, velocity: 2, leadTimeDays: 25, safetyStock: 28 },
      replenishment: {
        suggested: true, quantity: 300, needed: 80, velocity: 2, targetCoverDays: 60, available: 40, inbound: 0, reorderPoint: 78, minimumOrderQuantity: 300,
      },
      stockout: { stockoutOn: '2026-12-21', daysOfCover: 20, available: 40, velocity: 2, leadTimeDays: 25, withinLeadTime: true },
      lowStock: false,
      slowMoving: false,
      slowMovingCoverDays: 120,
      excess: { excess: false, daysOfSupply: 20, excessCoverDays: 90, atFba: true, agedFeeRisk: false },
    },
    ...overrides,
  };
}

export const seedInventoryRow = (row: InventoryRow) => {
  state.rows.push(row);
  state.knownSkus.add(row.sku);
  return row;
};
export const seedSuggestion = (suggestion: Suggestion) => state.suggestions.push(suggestion);
export const seedSkuView = (view: SkuView) => {
  state.skus.set(view.sku, view);
  state.knownSkus.add(view.sku);
};
export const seedMovement = (movement: Movement) => state.movements.push(movement);
export const seedWarehouse = (warehouse: Warehouse) => state.warehouses.push(warehouse);
export const knowSku = (sku: string) => state.knownSkus.add(sku);
export const storedReceipts = () => state.receipts;

export function resetInventory(): void {
  state.rows = [];
  state.suggestions = [];
  state.skus = new Map();
  state.movements = [];
  state.warehouses = [];
  state.receipts = [];
  state.knownSkus = new Set();
  state.idempotency = new Map();
}

function rowFor(warehouseId: string, sku: string): InventoryRow {
  let row = state.rows.find((r) => r.warehouseId === warehouseId && r.sku === sku);
  if (!row) {
    const warehouse = state.warehouses.find((w) => w.id === warehouseId) ?? aWarehouse({ id: warehouseId });
    row = anInventoryRow({ warehouseId, warehouseCode: warehouse.code, sku, onHand: 0, available: 0, alerts: [] });
    state.rows.push(row);
  }
  return row;
}

export const inventoryHandlers: HttpHandler[] = [
  // Only when an inventory test seeded its warehouses; otherwise the next handler (stocktakes') answers.
  http.get('/api/logistics/warehouses', ({ request }) =>
    state.warehouses.length > 0 ? HttpResponse.json(page(state.warehouses, new URL(request.url))) : undefined),

  http.get('/api/logistics/inventory', ({ request }) => {
    const url = new URL(request.url);
    const warehouseId = url.searchParams.get('warehouseId');
    const sku = url.searchParams.get('sku')?.toLowerCase();
    const alert = url.searchParams.get('alert');
    const rows = state.rows
      .filter((r) => !warehouseId || r.warehouseId === warehouseId)
      .filter((r) => !sku || r.sku.toLowerCase().includes(sku))
      .filter((r) => !alert || (r.alerts as string[]).includes(alert))
      .sort((a, b) => a.sku.localeCompare(b.sku) || a.warehouseCode.localeCompare(b.warehouseCode));
    return HttpResponse.json(page(rows, url));
  }),

  // By SKU, then warehouse code, paged; only the warehouse's when one is given.
  http.get('/api/logistics/inventory/replenishment', ({ request }) => {
    const url = new URL(request.url);
    const warehouseId = url.searchParams.get('warehouseId');
    const suggestions = state.suggestions
      .filter((s) => !warehouseId || s.warehouseId === warehouseId)
      .sort((a, b) => a.sku.localeCompare(b.sku) || a.warehouseCode.localeCompare(b.warehouseCode));
    return HttpResponse.json(page(suggestions, url));
  }),

  http.get('/api/logistics/inventory/:sku', ({ params }) => {
    const view = state.skus.get(String(params.sku));
    return view
      ? HttpResponse.json(view)
      : problem(404, 'not_found', 'Not found', { detail: `No SKU '${String(params.sku)}' is known to logistics.` });
  }),

  http.get('/api/logistics/inventory/:sku/movements', ({ params, request }) => {
    const rows = state.movements.filter((m) => m.sku === params.sku).sort((a, b) => b.at.localeCompare(a.at));
    return HttpResponse.json(page(rows, new URL(request.url)));
  }),

  http.post('/api/logistics/receipts', async ({ request }) => {
    const body = (await request.json()) as ReceiptBody;
    const errors: Record<string, string[]> = {};
    if (!body.warehouseId) errors.warehouseId = ["'Warehouse Id' must not be empty."];
    if (!body.sku?.trim()) errors.sku = ["'Sku' must not be empty."];
    const received = body.quantityReceived ?? 0;
    const accepted = body.quantityAccepted ?? 0;
    const rejected = body.quantityRejected ?? 0;
    if (accepted + rejected !== received) errors.quantityRejected = ['Accepted and rejected add up to the quantity received.'];
    if (Object.keys(errors).length > 0) return validationProblem(errors);
    if (!state.knownSkus.has(body.sku)) return refused('receipt.sku_must_be_known', 'Logistics does not know this SKU: only approved products are received.');
    if (body.receivedOn && body.receivedOn > inventoryToday)
      return refused('receipt.received_date_not_in_future', "The received date is later than today in the warehouse's time zone.");

    const key = request.headers.get('Idempotency-Key');
    const earlier = key ? state.idempotency.get(key) : undefined;
    if (earlier) return HttpResponse.json(earlier, { status: 201 });
    const receipt: Receipt = {
      id: crypto.randomUUID(),
      version: 1,
      storeId: '0190d000-0000-7000-8000-0000000000aa',
      warehouseId: body.warehouseId,
      sku: body.sku,
      supplierId: body.supplierId ?? '0190d000-0000-7000-8000-0000000000bb',
      quantityReceived: received,
      quantityAccepted: accepted,
      quantityRejected: rejected,
      expectedOn: body.expectedOn ?? inventoryToday,
      receivedOn: body.receivedOn ?? inventoryToday,
      late: (body.receivedOn ?? '') > (body.expectedOn ?? ''),
      note: body.note ?? null,
      recordedBy: 'logistics@demo.ops',
      recordedAt: '2026-12-01T10:00:00Z',
    };
    if (key) state.idempotency.set(key, receipt);
    state.receipts.push(receipt);
    const row = rowFor(body.warehouseId, body.sku);
    row.onHand += accepted;
    row.available += accepted;
    row.inbound = Math.max(0, row.inbound - accepted);
    return HttpResponse.json(receipt, { status: 201 });
  }),

  http.post('/api/logistics/inventory/inbound', async ({ request }) => {
    const body = (await request.json()) as InboundBody;
    if (!body.quantity || body.quantity < 1) return validationProblem({ quantity: ["'Quantity' must be between 1 and 1000000."] });
    if (!state.knownSkus.has(body.sku)) return refused('receipt.sku_must_be_known', 'Logistics does not know this SKU: only approved products are received.');
    const row = rowFor(body.warehouseId, body.sku);
    row.inbound += body.quantity;
    return HttpResponse.json(row);
  }),
];
