import { admin, aUser } from '@/testing/mocks/data';
import {
  aWarehouse,
  anInventoryRow,
  knowSku,
  seedInventoryRow,
  seedSuggestion,
  seedWarehouse,
  storedReceipts,
} from '@/testing/mocks/handlers/inventory';
import { server } from '@/testing/mocks/server';
import { findDialog, renderApp, screen, signInAs, waitFor, within, type userEvent } from '@/testing/test-utils';

type User = ReturnType<typeof userEvent.setup>;

const fba = aWarehouse();
const own = aWarehouse({ id: '0190d000-0000-7000-8000-000000000002', code: 'DE-OWN-1', name: 'Own warehouse Leipzig', type: 'OwnWarehouse', country: 'DE' });

async function fillIn(user: User, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

/** Records the query of every GET /api/logistics/inventory. */
function boardQueries(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/logistics/inventory') queries.push(url.searchParams);
  });
  return queries;
}

const logistics = aUser({ email: 'logistics@demo.ops', displayName: 'Demo logistics', roles: ['logistics'] });

describe('Inventory board', () => {
  beforeEach(() => {
    seedWarehouse(fba);
    seedWarehouse(own);
    seedInventoryRow(anInventoryRow());
    seedInventoryRow(
      anInventoryRow({
        sku: 'DEMO-WALL-CLOCK',
        name: 'Quiet Sweep Wall Clock',
        onHand: 250,
        available: 250,
        alerts: ['SlowMoving', 'Excess'],
      }),
    );
  });

  it('lists stock per SKU and warehouse with its figures and alerts', async () => {
    signInAs(admin);
    renderApp('/logistics/inventory');

    const lamp = await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    expect(within(lamp).getByText('FBA-ONT8')).toBeInTheDocument();
    expect(within(lamp).getByText('At reorder point')).toBeInTheDocument();
    expect(within(lamp).getByText('Stockout within lead time')).toBeInTheDocument();
    expect(within(lamp).getByRole('cell', { name: '78' })).toBeInTheDocument();
    const clock = screen.getByRole('row', { name: /DEMO-WALL-CLOCK/ });
    expect(within(clock).getByText('Excess at FBA')).toBeInTheDocument();
    expect(within(clock).getByText('Slow-moving')).toBeInTheDocument();
  });

  it('sends the alert filter to the server', async () => {
    signInAs(admin);
    const queries = boardQueries();
    const { user } = renderApp('/logistics/inventory');
    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });

    await user.click(screen.getByRole('combobox', { name: 'Alert' }));
    await user.click(await screen.findByTitle('Excess at FBA'));

    await waitFor(() => expect(queries.at(-1)?.get('alert')).toBe('Excess'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /DEMO-DESK-LAMP/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /DEMO-WALL-CLOCK/ })).toBeInTheDocument();
  });

  it('shows replenishment suggestions with their inputs and the FBA capacity cap', async () => {
    const row = anInventoryRow();
    seedSuggestion({
      warehouseId: fba.id,
      warehouseCode: 'FBA-ONT8',
      warehouseType: 'FbaFulfilmentCentre',
      country: 'US',
      sku: 'DEMO-DESK-LAMP',
      name: 'Lumina LED Desk Lamp',
      storageType: 'Standard',
      quantity: 210,
      suggestedQuantity: 300,
      capped: true,
      capacity: { storageType: 'Standard', capacity: 500, used: 290, remaining: 210 },
      inputs: row.figures.replenishment,
      velocity: row.figures.velocity,
      reorderPoint: row.figures.reorderPoint,
    });
    signInAs(admin);
    const { user } = renderApp('/logistics/inventory');

    await user.click(await screen.findByRole('tab', { name: 'Replenishment' }));

    const suggestion = await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    expect(within(suggestion).getByText('210')).toBeInTheDocument();
    expect(within(suggestion).getByText('Capped by FBA capacity')).toBeInTheDocument();
    expect(within(suggestion).getByText('Suggested 300 before the cap')).toBeInTheDocument();
    expect(within(suggestion).getByText('Standard: 290 of 500 used, 210 left')).toBeInTheDocument();
    expect(within(suggestion).getByText(/2\/day × 60 days − \(available 40 \+ inbound 0\) = 80; MOQ 300; reorder point 78/)).toBeInTheDocument();
  });

  it('pages the replenishment suggestions on the server, by SKU then warehouse', async () => {
    const row = anInventoryRow();
    const suggestion = (sku: string, warehouse: typeof fba) =>
      seedSuggestion({
        warehouseId: warehouse.id,
        warehouseCode: warehouse.code,
        warehouseType: warehouse.type,
        country: warehouse.country,
        sku,
        name: null,
        storageType: 'Standard',
        quantity: 300,
        suggestedQuantity: 300,
        capped: false,
        capacity: null,
        inputs: row.figures.replenishment,
        velocity: row.figures.velocity,
        reorderPoint: row.figures.reorderPoint,
      });
    for (let i = 21; i >= 1; i--) suggestion(`DEMO-SKU-${String(i).padStart(2, '0')}`, i === 21 ? fba : own);
    suggestion('DEMO-SKU-21', own);
    const queries: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/logistics/inventory/replenishment') queries.push(url.searchParams);
    });
    signInAs(admin);
    const { user } = renderApp('/logistics/inventory');

    await user.click(await screen.findByRole('tab', { name: 'Replenishment' }));
    const table = await screen.findByRole('tabpanel', { name: 'Replenishment' });
    await within(table).findByRole('row', { name: /DEMO-SKU-01/ });
    expect(within(table).getByText('22 in total')).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /DEMO-SKU-21/ })).not.toBeInTheDocument();
    expect([queries.at(-1)?.get('page'), queries.at(-1)?.get('pageSize')]).toEqual(['1', '20']);

    await user.click(within(table).getByTitle('Next Page'));

    await waitFor(() => expect(queries.at(-1)?.get('page')).toBe('2'));
    const rows = await within(table).findAllByRole('row', { name: /DEMO-SKU-21/ });
    expect(rows.map((r) => within(r).getByText(/-ONT8|-OWN-1/).textContent)).toEqual(['DE-OWN-1', 'FBA-ONT8']);
    expect(within(table).queryByRole('row', { name: /DEMO-SKU-01/ })).not.toBeInTheDocument();
  });

  it('receives goods: the accepted units enter stock', async () => {
    knowSku('DEMO-DESK-LAMP');
    signInAs(logistics);
    const { user } = renderApp('/logistics/inventory');
    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });

    await user.click(screen.getByRole('button', { name: 'Receive goods' }));
    const dialog = await findDialog('Receive goods (purchase receipt)');
    await user.click(within(dialog).getByRole('combobox', { name: 'Warehouse' }));
    await user.click(await screen.findByTitle('FBA-ONT8 · Amazon ONT8'));
    await fillIn(user, within(dialog).getByLabelText('SKU'), 'DEMO-DESK-LAMP');
    await fillIn(user, within(dialog).getByLabelText('Quantity received'), '100');
    await fillIn(user, within(dialog).getByLabelText('Accepted'), '95');
    await fillIn(user, within(dialog).getByLabelText('Rejected'), '5');
    await fillIn(user, within(dialog).getByLabelText('Expected date'), '2026-11-28');
    await user.keyboard('{Enter}');
    await fillIn(user, within(dialog).getByLabelText('Received date'), '2026-11-30');
    await user.keyboard('{Enter}');
    // The date picker's closing animation still covers the button for the pointer: a plain click submits.
    within(dialog).getByRole('button', { name: 'Record receipt' }).click();

    expect(await screen.findByText('95 of DEMO-DESK-LAMP received into stock')).toBeInTheDocument();
    expect(storedReceipts()[0]).toMatchObject({ quantityReceived: 100, quantityAccepted: 95, quantityRejected: 5, expectedOn: '2026-11-28', receivedOn: '2026-11-30' });
    const lamp = await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    await waitFor(() => expect(within(lamp).getAllByRole('cell', { name: '135' })).toHaveLength(2));
  });

  it('shows a refused receipt above the form and keeps what was typed', async () => {
    signInAs(logistics);
    const { user } = renderApp('/logistics/inventory');
    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });

    await user.click(screen.getByRole('button', { name: 'Receive goods' }));
    const dialog = await findDialog('Receive goods (purchase receipt)');
    await user.click(within(dialog).getByRole('combobox', { name: 'Warehouse' }));
    await user.click(await screen.findByTitle('FBA-ONT8 · Amazon ONT8'));
    await fillIn(user, within(dialog).getByLabelText('SKU'), 'NOT-APPROVED');
    await fillIn(user, within(dialog).getByLabelText('Quantity received'), '10');
    await fillIn(user, within(dialog).getByLabelText('Accepted'), '10');
    await fillIn(user, within(dialog).getByLabelText('Expected date'), '2026-11-28');
    await user.keyboard('{Enter}');
    await fillIn(user, within(dialog).getByLabelText('Received date'), '2026-11-30');
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Record receipt' }));

    expect(await within(dialog).findByText(/Logistics does not know this SKU/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('SKU')).toHaveValue('NOT-APPROVED');
    expect(storedReceipts()).toHaveLength(0);
  });

  it('checks that accepted and rejected add up before sending', async () => {
    signInAs(logistics);
    const { user } = renderApp('/logistics/inventory');
    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });

    await user.click(screen.getByRole('button', { name: 'Receive goods' }));
    const dialog = await findDialog('Receive goods (purchase receipt)');
    await fillIn(user, within(dialog).getByLabelText('Quantity received'), '10');
    await fillIn(user, within(dialog).getByLabelText('Accepted'), '8');
    await fillIn(user, within(dialog).getByLabelText('Rejected'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Record receipt' }));

    expect(await within(dialog).findByText('Accepted and rejected add up to the quantity received')).toBeInTheDocument();
    expect(storedReceipts()).toHaveLength(0);
  });

  it('announces inbound goods, which the board counts as inbound', async () => {
    signInAs(logistics);
    const { user } = renderApp('/logistics/inventory');
    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });

    await user.click(screen.getByRole('button', { name: 'Announce inbound' }));
    const dialog = await findDialog('Announce inbound goods');
    await user.click(within(dialog).getByRole('combobox', { name: 'Warehouse' }));
    await user.click(await screen.findByTitle('FBA-ONT8 · Amazon ONT8'));
    await fillIn(user, within(dialog).getByLabelText('SKU'), 'DEMO-DESK-LAMP');
    await fillIn(user, within(dialog).getByLabelText('Inbound'), '50');
    await user.click(within(dialog).getByRole('button', { name: 'Announce' }));

    expect(await screen.findByText('50 of DEMO-DESK-LAMP announced as inbound')).toBeInTheDocument();
    const lamp = await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    await waitFor(() => expect(within(lamp).getByRole('cell', { name: '50' })).toBeInTheDocument());
  });

  it('offers the auditor no receiving, only reading', async () => {
    signInAs(aUser({ roles: ['auditor'] }));
    renderApp('/logistics/inventory');

    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    expect(screen.queryByRole('button', { name: 'Receive goods' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Announce inbound' })).not.toBeInTheDocument();
  });
});
