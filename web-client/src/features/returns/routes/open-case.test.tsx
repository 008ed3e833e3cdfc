import { aUser } from '@/testing/mocks/data';
import { findDialog, renderApp, screen, signInAs, within, type userEvent } from '@/testing/test-utils';

type User = ReturnType<typeof userEvent.setup>;

async function openForm(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Open a case' }, { timeout: 15_000 }));
  const dialog = await findDialog('Open a reimbursement case');
  await user.click(within(dialog).getByRole('combobox', { name: 'FBA warehouse' }));
  await user.click(await screen.findByRole('option', { name: 'FBA-ONT8 · Amazon ONT8' }));
  return dialog;
}

describe('Opening a reimbursement case', () => {
  it('opens a case for units lost in the warehouse, after showing the field the server refused on it', async () => {
    signInAs(aUser({ roles: ['logistics'] }));
    const { user } = renderApp('/logistics/reimbursements');
    const dialog = await openForm(user);

    await user.type(within(dialog).getByLabelText('SKU'), 'DEMO-DESK-LAMP');
    await user.type(within(dialog).getByLabelText('Units'), '2000000');
    await user.type(within(dialog).getByLabelText('Evidence'), 'Ledger shows 4 units missing after the FC transfer.');
    await user.click(within(dialog).getByRole('button', { name: 'Open case' }));
    expect(await within(dialog).findByText(/'Quantity' must be between 1 and 1000000/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Units'));
    await user.type(within(dialog).getByLabelText('Units'), '4');
    await user.click(within(dialog).getByRole('button', { name: 'Open case' }));

    expect(await screen.findByText(/^4 × .*2\.125 = .*8\.50$/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('Ledger shows 4 units missing after the FC transfer.')).toBeInTheDocument();
  });

  it('shows a refused rule above the form (a SKU whose unit cost is unknown)', async () => {
    signInAs(aUser({ roles: ['logistics'] }));
    const { user } = renderApp('/logistics/reimbursements');
    const dialog = await openForm(user);

    await user.click(within(dialog).getByText('Damaged in the warehouse'));
    await user.type(within(dialog).getByLabelText('SKU'), 'NEVER-APPROVED');
    await user.type(within(dialog).getByLabelText('Units'), '1');
    await user.type(within(dialog).getByLabelText('Evidence'), 'Crushed carton.');
    await user.click(within(dialog).getByRole('button', { name: 'Open case' }));

    const alert = await within(dialog).findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByText(/unit cost is not known/)).toBeInTheDocument();
    expect(within(alert).getByText(/reimbursement\.unit_cost_unknown/)).toBeInTheDocument();
  });

  it('reports an inbound shipment received short: the short SKU gets its case', async () => {
    signInAs(aUser({ roles: ['logistics'] }));
    const { user } = renderApp('/logistics/reimbursements');
    const dialog = await openForm(user);

    await user.click(within(dialog).getByText('Inbound received short'));
    await user.type(within(dialog).getByLabelText('FBA shipment id'), 'FBA17NEW');
    await user.type(within(dialog).getByLabelText('SKU (line 1)'), 'DEMO-DESK-LAMP');
    await user.type(within(dialog).getByLabelText('Shipped (line 1)'), '50');
    await user.type(within(dialog).getByLabelText('Received (line 1)'), '47');
    await user.click(within(dialog).getByRole('button', { name: /Add a SKU/ }));
    await user.type(within(dialog).getByLabelText('SKU (line 2)'), 'DEMO-CABLE-BOX');
    await user.type(within(dialog).getByLabelText('Shipped (line 2)'), '20');
    await user.type(within(dialog).getByLabelText('Received (line 2)'), '20');
    await user.click(within(dialog).getByRole('button', { name: 'Report the shipment' }));

    expect(await screen.findByText('FBA17NEW: 50 shipped, 47 received', {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('offers no case opening to an auditor', async () => {
    signInAs(aUser({ roles: ['auditor'] }));
    renderApp('/logistics/reimbursements');
    expect(await screen.findByRole('heading', { name: 'Reimbursement cases' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open a case' })).not.toBeInTheDocument();
  });
});
