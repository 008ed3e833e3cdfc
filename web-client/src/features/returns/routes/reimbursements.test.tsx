import { aUser } from '@/testing/mocks/data';
import { seedCase } from '@/testing/mocks/handlers/returns';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

describe('Reimbursement cases', () => {
  beforeEach(() => signInAs(aUser({ roles: ['logistics'] })));

  it('lists cases with the amount claimed and filters them by kind', async () => {
    seedCase();
    seedCase({ kind: 'Lost', sku: 'DEMO-CABLE-BOX', shortfall: null, shipmentReference: null });
    const { user } = renderApp('/logistics/reimbursements');

    const shortfall = await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    expect(within(shortfall).getByText('Inbound shortfall')).toBeInTheDocument();
    expect(within(shortfall).getByText(/6\.38/)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Kind' }));
    await user.click(await screen.findByRole('option', { name: 'Lost' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /DEMO-DESK-LAMP/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /DEMO-CABLE-BOX/ })).toBeInTheDocument();
  });

  it('shows how the claim is made, then submits it, records the reimbursement and closes it', async () => {
    const item = seedCase();
    const { user } = renderApp(`/logistics/reimbursements/${item.id}`);

    expect(await screen.findByText('3 × US$2.125 = US$6.38')).toBeInTheDocument();
    expect(screen.getByText('FBA17XYZ: 100 shipped, 97 received')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit to Amazon' }));
    const submit = await findDialog('Submit to Amazon');
    await user.type(within(submit).getByRole('textbox', { name: 'Amazon case id' }), '1234567890');
    await user.click(within(submit).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('1234567890')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record reimbursement' }));
    const paid = await findDialog('Record reimbursement');
    await user.type(within(paid).getByRole('spinbutton', { name: 'Amount' }), '6.38');
    await user.click(within(paid).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Reimbursed')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('Closed')).toBeInTheDocument();
  });
});
