import { aUser } from '@/testing/mocks/data';
import { employeesDb } from '@/testing/mocks/handlers/employees';
import { mockImportJob, refuseImportsInto, seedImports } from '@/testing/mocks/handlers/orders';
import { renderApp, screen, signInAs, within } from '@/testing/test-utils';

const logistics = aUser({ email: 'logistics@demo.ops', displayName: 'Logistics', roles: ['logistics'] });
const auditor = aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] });

const header = 'marketplace,orderNumber,purchasedAt,shipBy,paymentStatus,currency,buyerName,buyerEmail,buyerPhone,addressLine1,addressLine2,city,region,postalCode,country,sku,quantity,unitPrice';
// Node's File, not jsdom's: the request's body is the file itself, and only Node's fetch can read Node's files. Imported
// by a name the type checker does not resolve: the app's types (tsconfig.app.json) have no Node modules.
const { File: NodeFile } = (await import(/* @vite-ignore */ `node:${'buffer'}`)) as { File: typeof File };
const csv = (...numbers: string[]) =>
  new NodeFile([[header, ...numbers.map((n) => `US,${n},2030-11-04T10:00:00Z,,Captured,USD,Jane,,,1 Main St,,Springfield,,62701,US,OPS-LAMP,1,19.99`)].join('\n')], 'orders.csv', { type: 'text/csv' });

async function upload(file: File) {
  const { user } = renderApp('/logistics/orders');
  await user.click(await screen.findByRole('button', { name: 'Import orders' }, { timeout: 15_000 }));
  await screen.findByRole('heading', { name: 'Order imports' }, { timeout: 15_000 });
  // The store defaults to the one worked on (here the first); the file is chosen from disk.
  expect(await screen.findByText('Demo Seller · US')).toBeInTheDocument();
  await user.upload(screen.getByLabelText('File'), file);
  await user.click(screen.getByRole('button', { name: 'Upload and import' }));
  return user;
}

describe('Order imports', () => {
  it('uploads a file, follows the job while it runs and shows the orders created and those already there', async () => {
    signInAs(logistics);
    const user = await upload(csv('NEW-1', 'NEW-2', 'NEW-3', 'OLD-1'));

    expect(await screen.findByRole('heading', { name: 'Import of orders.csv' }, { timeout: 15_000 })).toBeInTheDocument();
    // Polled until finished: checking, writing, then the outcome.
    expect(await screen.findByText('Import completed', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('3 orders created, 1 already there')).toBeInTheDocument();
    expect(screen.getByText('4 of 4 orders written')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to imports' }));
    const row = await screen.findByRole('row', { name: /orders\.csv/ }, { timeout: 15_000 });
    expect(within(row).getByText('Completed')).toBeInTheDocument();
  });

  it('shows every refused row with its number, field and message, and says nothing was imported', async () => {
    signInAs(logistics);
    await upload(csv('NEW-1', 'BAD-1', 'NEW-2', 'BAD-2'));

    expect(await screen.findByText('Nothing was imported: 2 rows were refused', {}, { timeout: 15_000 })).toBeInTheDocument();
    const errors = within(screen.getByRole('region', { name: 'Refused rows' }));
    const rows = errors.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
      ['2', 'quantity', "'Quantity' must be greater than '0'."],
      ['4', 'quantity', "'Quantity' must be greater than '0'."],
    ]);
  });

  it('shows a refused upload on the form, where it happened', async () => {
    signInAs(logistics);
    refuseImportsInto(employeesDb.stores[0]?.id ?? '');
    await upload(csv('NEW-1'));

    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(within(alert).getByText("The order's store is not known to logistics.")).toBeInTheDocument();
    expect(within(alert).getByText(/order\.store_must_exist/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Order imports' })).toBeInTheDocument();
  });

  it('shows the auditor the past imports but no upload', async () => {
    seedImports(mockImportJob({ fileName: 'november.csv', status: 'Rejected', errorCount: 3, finished: true }));
    signInAs(auditor);
    renderApp('/logistics/orders/imports');

    const row = await screen.findByRole('row', { name: /november\.csv/ }, { timeout: 15_000 });
    expect(within(row).getByText('Rejected')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload and import' })).not.toBeInTheDocument();
  });
});
