import { admin, aUser } from '@/testing/mocks/data';
import { seedSchedule, seedStocktake } from '@/testing/mocks/handlers/stocktakes';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

describe('Stocktakes page', () => {
  beforeEach(() => {
    signInAs(aUser({ roles: ['logistics'] }));
    seedSchedule();
    seedStocktake({ plannedOn: '2026-12-01' });
    seedStocktake({ plannedOn: '2026-12-07', status: 'Counting' }, { 'DEMO-DESK-LAMP': 100, 'DEMO-CABLE-BOX': 50 });
  });

  it('shows each warehouse overdue for its stocktake and the stocktakes with their progress', async () => {
    renderApp('/logistics/stocktakes');

    const schedule = await screen.findByRole('table', { name: 'Stocktake schedule' });
    expect(await within(schedule).findByText('Overdue by 4 days')).toHaveClass('ant-tag-red');
    expect(await screen.findByText('0 of 2 counted, 0 with variance')).toBeInTheDocument();
    expect(screen.getAllByText('Planned').length).toBeGreaterThan(0);
  });

  it('filters by status', async () => {
    const { user } = renderApp('/logistics/stocktakes');
    await screen.findByText('0 of 2 counted, 0 with variance');

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Planned' }));

    await waitFor(() => expect(screen.queryByText('0 of 2 counted, 0 with variance')).not.toBeInTheDocument());
  });

  it('plans a stocktake of chosen SKUs of a warehouse (today unless another date is picked) and opens it', async () => {
    const { user } = renderApp('/logistics/stocktakes');

    await user.click(await screen.findByRole('button', { name: 'Plan stocktake' }));
    const dialog = await findDialog('Plan a stocktake');
    await user.click(within(dialog).getByRole('combobox', { name: 'Warehouse' }));
    await user.click(await screen.findByRole('option', { name: /FBA-ONT8/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'SKUs' }), 'DEMO-DESK-LAMP, DEMO-CABLE-BOX');
    await user.click(within(dialog).getByRole('button', { name: 'Plan stocktake' }));

    expect(await screen.findByRole('heading', { name: /Stocktake FBA-ONT8/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start counting' })).toBeInTheDocument();
    expect(screen.getByText('DEMO-DESK-LAMP, DEMO-CABLE-BOX')).toBeInTheDocument();
  });

  it('offers planning to logistics and the operations manager only', async () => {
    signInAs(admin);
    renderApp('/logistics/stocktakes');

    await screen.findByText('0 of 2 counted, 0 with variance');
    expect(screen.queryByRole('button', { name: 'Plan stocktake' })).not.toBeInTheDocument();
  });
});
