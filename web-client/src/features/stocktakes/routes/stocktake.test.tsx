import { aUser } from '@/testing/mocks/data';
import { seedStock, seedStocktake } from '@/testing/mocks/handlers/stocktakes';
import { findDialog, renderApp, screen, signInAs, within } from '@/testing/test-utils';

/** The sheet's row of a SKU (the summary above is a table too). */
const row = async (sku: string) =>
  (await screen.findAllByRole('row', { name: new RegExp(sku) })).find((r) => r.classList.contains('ant-table-row')) as HTMLElement;

describe('Counting sheet', () => {
  it('starts counting with the system quantities frozen', async () => {
    signInAs(aUser({ roles: ['logistics'] }));
    seedStock('DEMO-DESK-LAMP', 100);
    const planned = seedStocktake({ skus: ['DEMO-DESK-LAMP'] });
    const { user } = renderApp(`/logistics/stocktakes/${planned.id}`);

    await user.click(await screen.findByRole('button', { name: 'Start counting' }));

    expect(await screen.findByRole('spinbutton', { name: 'Count of DEMO-DESK-LAMP' })).toBeInTheDocument();
    expect(within(await row('DEMO-DESK-LAMP')).getByRole('cell', { name: '100' })).toBeInTheDocument();
  });

  it('shows the variance as it is typed, asks a reason where it is over the threshold, and shows the line the server refuses', async () => {
    signInAs(aUser({ roles: ['logistics'] }));
    const counting = seedStocktake({}, { 'DEMO-DESK-LAMP': 100, 'DEMO-CABLE-BOX': 50 });
    const { user } = renderApp(`/logistics/stocktakes/${counting.id}`);

    await user.type(await screen.findByRole('spinbutton', { name: 'Count of DEMO-DESK-LAMP' }), '97');
    await user.type(screen.getByRole('spinbutton', { name: 'Count of DEMO-CABLE-BOX' }), '51');

    expect(within(await row('DEMO-DESK-LAMP')).getByText('-3 (-3 %)')).toBeInTheDocument();
    expect(within(await row('DEMO-CABLE-BOX')).getByText('+1 (+2 %)')).toBeInTheDocument();
    expect(within(await row('DEMO-DESK-LAMP')).getByText(/A reason is required/)).toBeInTheDocument();
    expect(within(await row('DEMO-CABLE-BOX')).queryByText(/A reason is required/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/Code: stocktake.variance_needs_reason/)).toBeInTheDocument();
    expect(within(await row('DEMO-DESK-LAMP')).getByText(/DEMO-DESK-LAMP: the variance exceeds 2 %/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Reason for DEMO-DESK-LAMP' }), 'Three broken');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText('Submitted')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: 'Count of DEMO-DESK-LAMP' })).not.toBeInTheDocument();
  });

  it('lets the operations manager approve, showing on hand adjusted, or send lines back for a recount', async () => {
    signInAs(aUser({ roles: ['ops-manager'] }));
    const submitted = seedStocktake({ status: 'Submitted' }, { 'DEMO-DESK-LAMP': 100, 'DEMO-CABLE-BOX': 50 });
    const { user } = renderApp(`/logistics/stocktakes/${submitted.id}`);

    await user.click(within(await row('DEMO-CABLE-BOX')).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Recount 1 line' }));
    const dialog = await findDialog('Send lines back for a recount');
    await user.type(within(dialog).getByRole('textbox'), 'Count the box again');
    await user.click(within(dialog).getByRole('button', { name: 'Recount 1 line' }));

    expect(await screen.findByText('Counting')).toBeInTheDocument();
  });

  it('approves a submitted stocktake', async () => {
    signInAs(aUser({ roles: ['ops-manager'] }));
    const submitted = seedStocktake({ status: 'Submitted' }, { 'DEMO-DESK-LAMP': 100 });
    const { user } = renderApp(`/logistics/stocktakes/${submitted.id}`);

    await user.click(await screen.findByRole('button', { name: 'Approve' }));

    expect(await screen.findByText('Approved')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'On hand adjusted' })).toBeInTheDocument();
  });
});
