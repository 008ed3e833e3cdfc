import { aUser } from '@/testing/mocks/data';
import { seedRecommendation } from '@/testing/mocks/handlers/channels';
import { renderApp, screen, signInAs, within } from '@/testing/test-utils';

const logistics = aUser({ roles: ['logistics'] });

const channelId = (n: number) => `0190d000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('Channel recommendation page', () => {
  beforeEach(() => signInAs(logistics));

  async function fillAndRank(user: ReturnType<typeof renderApp>['user'], weight = '10') {
    await user.type(await screen.findByRole('combobox', { name: 'Destination country' }), 'us');
    await user.click(await screen.findByTitle('United States (US)'));
    await user.type(screen.getByLabelText('Weight (kg)'), weight);
    await user.type(screen.getByLabelText('Units'), '4');
    await user.type(screen.getByLabelText('Deadline (days from today)'), '10');
    await user.click(screen.getByRole('button', { name: 'Rank channels' }));
  }

  it('shows the ranked channels with every component, the weights used and the excluded channels with their reasons', async () => {
    seedRecommendation({
      weights: { cost: 40, time: 35, quality: 25 },
      costCurrency: 'USD',
      deadlineDays: 10,
      unratedQualityScore: 50,
      ranked: [
        {
          rank: 1, channelId: channelId(1), code: 'DHL-EXP-US', name: 'DHL Express', type: 'InternationalExpress', carrier: 'DHL', serviceLevel: 'Express',
          cost: { estimate: { amount: 27, currency: 'USD' }, score: 74.07 }, transit: { daysMin: 3, daysMax: 5, score: 100 },
          quality: { rated: true, shipmentsCounted: 1, onTime: 1, damaged: 0, onTimePercent: 100, damagePercent: 0, score: 100 }, weightedScore: 89.63,
        },
        {
          rank: 2, channelId: channelId(2), code: 'POST-EUB', name: 'ePacket', type: 'Postal', carrier: 'China Post', serviceLevel: 'Standard',
          cost: { estimate: { amount: 20.125, currency: 'USD' }, score: 100 }, transit: { daysMin: 3, daysMax: 8, score: 62.5 },
          quality: { rated: false, shipmentsCounted: 0, onTime: 0, damaged: 0, onTimePercent: null, damagePercent: null, score: 50 }, weightedScore: 74.38,
        },
      ],
      excluded: [{ channelId: channelId(3), code: 'SEA', name: 'Sea freight', reasons: [{ code: 'too_slow_for_deadline', message: 'Up to 30 days in transit; the deadline is in 10.' }] }],
    });
    const { user } = renderApp('/logistics/recommend');

    await fillAndRank(user);

    const dhl = await screen.findByRole('row', { name: /DHL-EXP-US/ });
    for (const figure of ['1', 'US$27.00', '74.07', '3–5', '100 % / 0 % (1)', '89.63']) expect(within(dhl).getByText(figure)).toBeInTheDocument();
    const post = screen.getByRole('row', { name: /POST-EUB/ });
    for (const figure of ['2', 'US$20.125', '62.5', 'unrated', '50', '74.38']) expect(within(post).getByText(figure)).toBeInTheDocument();
    expect(screen.getByText(/Weights: cost 40, time 35, quality 25; unrated quality scores 50; deadline in 10 days; costs in USD/)).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /SEA/ })).getByText('Up to 30 days in transit; the deadline is in 10.')).toBeInTheDocument();
  });

  it('puts a refused field on the form', async () => {
    const { user } = renderApp('/logistics/recommend');

    await user.type(await screen.findByRole('combobox', { name: 'Destination country' }), 'us');
    await user.click(await screen.findByTitle('United States (US)'));
    await user.type(screen.getByLabelText('Weight (kg)'), '1');
    await user.type(screen.getByLabelText('Units'), '1');
    await user.type(screen.getByLabelText('or deadline date'), '2026-12-01{Enter}');
    await user.click(screen.getByRole('button', { name: 'Rank channels' }));

    expect(await screen.findByText('The deadline cannot be in the past.')).toBeInTheDocument();
  });
});
