import { aUser } from '@/testing/mocks/data';
import { seedReturn } from '@/testing/mocks/handlers/returns';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const rows = () => screen.getAllByRole('row').slice(1);

describe('Returns', () => {
  beforeEach(() => signInAs(aUser({ roles: ['logistics'] })));

  it('lists returns and filters them by status and search', async () => {
    seedReturn({ sku: 'DEMO-DESK-LAMP', orderNumber: '113-1111111' });
    seedReturn({ sku: 'DEMO-CABLE-BOX', orderNumber: '113-2222222', status: 'Approved' });
    const { user } = renderApp('/logistics/returns');

    expect(await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ })).toHaveTextContent('Requested');
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Approved' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('DEMO-CABLE-BOX');
  });

  it('approves, receives and inspects a return; a refused disposition is shown in the dialog', async () => {
    const item = seedReturn();
    const { user } = renderApp(`/logistics/returns/${item.id}`);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    await user.click(await screen.findByRole('button', { name: 'Receive' }));
    const receive = await findDialog('Receive the returned item');
    await user.click(within(receive).getByRole('combobox', { name: 'Warehouse' }));
    await user.click(await screen.findByRole('option', { name: /FBA-ONT8/ }));
    await user.click(within(receive).getByRole('button', { name: 'Receive' }));

    await user.click(await screen.findByRole('button', { name: 'Inspect' }));
    const inspect = await findDialog('Inspect the returned item');
    await user.click(within(inspect).getByRole('combobox', { name: 'Finding' }));
    await user.click(await screen.findByRole('option', { name: 'Quality defect' }));
    await user.click(within(inspect).getByRole('combobox', { name: 'Disposition' }));
    await user.click(await screen.findByRole('option', { name: 'Restock' }));
    await user.type(within(inspect).getByRole('textbox', { name: 'Inspection notes' }), 'Seam split');
    await user.click(within(inspect).getByRole('button', { name: 'Inspect' }));

    expect(await within(inspect).findByText(/Only an item found without defect/)).toBeInTheDocument();

    await user.click(within(inspect).getByRole('combobox', { name: 'Disposition' }));
    await user.click(await screen.findByRole('option', { name: 'Dispose' }));
    await user.click(within(inspect).getByRole('button', { name: 'Inspect' }));

    expect(await screen.findByText('Disposed')).toBeInTheDocument();
    expect(screen.getByText('Defect reported to the supplier')).toBeInTheDocument();
  });
});
