import { admin } from '@/testing/mocks/data';
import { anInventoryRow, seedMovement, seedSkuView } from '@/testing/mocks/handlers/inventory';
import { renderApp, screen, signInAs, within } from '@/testing/test-utils';

describe('SKU stock page', () => {
  beforeEach(() => signInAs(admin));

  it('shows each warehouse with its figures and their inputs, totals per country, turnover and movements', async () => {
    const fba = anInventoryRow();
    const own = anInventoryRow({
      warehouseId: '0190d000-0000-7000-8000-000000000002', warehouseCode: 'DE-OWN-1', warehouseType: 'OwnWarehouse', country: 'DE', alerts: ['ReorderPoint'],
    });
    seedSkuView({
      sku: 'DEMO-DESK-LAMP',
      name: 'Lumina LED Desk Lamp',
      supplierId: '0190d000-0000-7000-8000-0000000000bb',
      supplierName: 'Ningbo Home',
      leadTimeDays: 25,
      minimumOrderQuantity: 300,
      unitCost: { amount: 2.125, currency: 'USD' },
      storageType: 'Standard',
      live: true,
      warehouses: [
        { stock: own, age: { upTo180Days: 40, from181To365Days: 0, over365Days: 0, agedFeeRisk: false }, agedFeeRisk: false },
        { stock: fba, age: { upTo180Days: 10, from181To365Days: 30, over365Days: 0, agedFeeRisk: true }, agedFeeRisk: true },
      ],
      totals: { country: '', onHand: 80, reserved: 0, inbound: 0, available: 80 },
      byCountry: [
        { country: 'DE', onHand: 40, reserved: 0, inbound: 0, available: 40 },
        { country: 'US', onHand: 40, reserved: 0, inbound: 0, available: 40 },
      ],
      turnover: {
        periodDays: 30, unitsShipped: 120, unitCost: { amount: 2.5, currency: 'USD' }, cogs: { amount: 300, currency: 'USD' }, onHandAtStart: 0, onHandNow: 80,
        averageInventoryValue: { amount: 100, currency: 'USD' }, turnover: 3,
      },
    });
    seedMovement({
      id: crypto.randomUUID(), itemId: fba.itemId, version: 4, warehouseId: fba.warehouseId, sku: 'DEMO-DESK-LAMP', kind: 'Shipped', quantity: 60, onHandChange: -60,
      reservedChange: -60, source: { kind: 'Order', id: crypto.randomUUID() }, reason: null, recordedBy: 'logistics@demo.ops', at: '2026-11-30T10:00:00Z',
    });
    seedMovement({
      id: crypto.randomUUID(), itemId: fba.itemId, version: 2, warehouseId: fba.warehouseId, sku: 'DEMO-DESK-LAMP', kind: 'Received', quantity: 100, onHandChange: 100,
      reservedChange: 0, source: { kind: 'Receipt', id: crypto.randomUUID() }, reason: null, recordedBy: 'logistics@demo.ops', at: '2026-11-01T10:00:00Z',
    });
    renderApp('/logistics/inventory/DEMO-DESK-LAMP');

    expect(await screen.findByRole('heading', { name: 'Stock of DEMO-DESK-LAMP' })).toBeInTheDocument();
    expect(screen.getByText('25 days')).toBeInTheDocument();
    expect(screen.getByText('US$2.125')).toBeInTheDocument();
    expect(screen.getByText('3 — COGS US$300.00 ÷ average inventory value US$100.00 over 30 days')).toBeInTheDocument();
    const card = screen.getByText('FBA-ONT8 · US').closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('Velocity: 60 shipped ÷ 30 days = 2/day')).toBeInTheDocument();
    expect(within(card).getByText('Safety stock: 14 days × 2 = 28')).toBeInTheDocument();
    expect(within(card).getByText('Reorder point: 2 × 25 days + 28 = 78')).toBeInTheDocument();
    expect(within(card).getByText(/Replenishment: order 300/)).toBeInTheDocument();
    expect(within(card).getByText('Stockout forecast: 21 Dec 2026 (20 days of cover)')).toBeInTheDocument();
    expect(within(card).getByText('Aged-inventory fee risk')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^DE/ })).getAllByRole('cell', { name: '40' })).toHaveLength(2);
    expect(within(screen.getByRole('row', { name: /All warehouses/ })).getAllByRole('cell', { name: '80' })).toHaveLength(2);
    await screen.findByText('Shipped');
    const movements = screen.getAllByRole('row').filter((r) => /Shipped|Received/.test(r.textContent ?? ''));
    expect(movements.map((r) => (r.textContent?.includes('Shipped') ? 'Shipped' : 'Received'))).toEqual(['Shipped', 'Received']);
  });

  it('says when logistics does not know the SKU', async () => {
    renderApp('/logistics/inventory/NOPE');

    expect(await screen.findByText('Logistics does not know this SKU')).toBeInTheDocument();
  });
});
