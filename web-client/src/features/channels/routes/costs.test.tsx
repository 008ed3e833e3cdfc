import { aUser } from '@/testing/mocks/data';
import { seedChannel, seedCostReport } from '@/testing/mocks/handlers/channels';
import { renderApp, screen, signInAs, within } from '@/testing/test-utils';

const logistics = aUser({ roles: ['logistics'] });

describe('Logistics costs page', () => {
  beforeEach(() => signInAs(logistics));

  it('shows each month’s cost per channel, the estimated ones, the cost as % of sales and the notes; a note is added per month', async () => {
    const dhl = seedChannel({ code: 'DHL-EXP-US', name: 'DHL Express US' });
    seedCostReport({
      from: '2026-11',
      to: '2026-12',
      months: [
        { month: '2026-11', channels: [], totals: [], notes: [] },
        {
          month: '2026-12',
          channels: [{ channelId: dhl.id, code: 'DHL-EXP-US', name: 'DHL Express US', cost: { amount: 15.035029318, currency: 'USD' }, shipments: 2, estimatedShipments: 1 }],
          totals: [{ cost: { amount: 15.035029318, currency: 'USD' }, sales: { amount: 80, currency: 'USD' }, costOfSalesPercent: 18.79 }],
          notes: [],
        },
      ],
    });
    const { user } = renderApp('/logistics/costs');

    const december = (await screen.findByText('2026-12')).closest('.ant-card') as HTMLElement;
    const row = within(december).getByRole('row', { name: /DHL-EXP-US/ });
    expect(within(row).getByText('US$15.04')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();
    expect(within(row).getByText('1')).toBeInTheDocument();
    expect(within(december).getByText('18.79 %')).toBeInTheDocument();
    const total = within(december).getByRole('row', { name: /^USD/ });
    expect(within(total).getByText('US$15.04')).toBeInTheDocument();
    expect(within(total).getByText('US$80.00')).toBeInTheDocument();
    expect(within(december).getByText('No notes this month')).toBeInTheDocument();

    await user.click(within(december).getByRole('button', { name: 'Add note' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Channel'));
    await user.click(await screen.findByRole('option', { name: /DHL-EXP-US/ }));
    await user.type(within(dialog).getByLabelText('Note'), 'Merge pickups');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(december).findByText('Merge pickups')).toBeInTheDocument();
  });
});
