import { aUser } from '@/testing/mocks/data';
import { seedChannel } from '@/testing/mocks/handlers/channels';
import { findDialog, renderApp, screen, signInAs, within } from '@/testing/test-utils';

const logistics = aUser({ roles: ['logistics'] });

describe('Channel page', () => {
  beforeEach(() => signInAs(logistics));

  it('shows the quality rating with the counts it comes from, and the history', async () => {
    const channel = seedChannel({
      code: 'DHL-EXP-US',
      quality: {
        channelId: '', shipmentsCounted: 3, onTime: 1, damaged: 1, shipmentsWithExceptions: 1, onTimePercent: 33.33, damagePercent: 33.33, score: 22.22,
      },
    });
    renderApp(`/logistics/channels/${channel.id}`);

    expect(await screen.findByRole('heading', { name: 'Channel DHL-EXP-US' })).toBeInTheDocument();
    expect(screen.getByText('22.22')).toBeInTheDocument();
    expect(screen.getAllByText('33.33 %')).toHaveLength(2);
    expect(screen.getByText('Shipments counted (delivered or lost)')).toBeInTheDocument();
    expect(await screen.findByText(/Channel registered/)).toBeInTheDocument();
  });

  it('says when a channel is not rated yet', async () => {
    const channel = seedChannel({ code: 'NEW' });
    renderApp(`/logistics/channels/${channel.id}`);

    expect(await screen.findByText('No shipment delivered or lost yet: not rated.')).toBeInTheDocument();
  });

  it('deactivates a channel with a reason, then refuses to reactivate it while its contract has ended', async () => {
    const channel = seedChannel({ code: 'OLD', contractEnd: '2026-11-30' });
    const { user } = renderApp(`/logistics/channels/${channel.id}`);

    await user.click(await screen.findByRole('button', { name: 'Deactivate' }));
    const deactivate = await screen.findByRole('dialog');
    await user.type(within(deactivate).getByRole('textbox'), 'Contract over');
    await user.click(within(deactivate).getByRole('button', { name: 'Deactivate' }));
    await user.click(await screen.findByRole('button', { name: 'Reactivate' }));
    const reactivate = await findDialog('Reactivate channel OLD');
    await user.type(within(reactivate).getByLabelText('Reason'), 'New season');
    await user.click(within(reactivate).getByRole('button', { name: 'Reactivate' }));

    expect((await within(reactivate).findAllByText(/contract has ended/)).length).toBeGreaterThan(0);
  });

  it('shows not found for an unknown channel', async () => {
    renderApp('/logistics/channels/0190d000-0000-7000-8000-0000000000ff');

    expect(await screen.findByText('This channel does not exist')).toBeInTheDocument();
  });
});
