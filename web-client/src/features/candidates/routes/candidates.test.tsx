import { http, HttpResponse } from 'msw';

import { i18n } from '@/i18n';
import { admin, aUser } from '@/testing/mocks/data';
import { aCandidate, anApprovableCandidate, candidatesDb } from '@/testing/mocks/handlers/candidates';
import { validationProblem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { findDialog, renderApp, screen, signInAs, userEvent, waitFor, within } from '@/testing/test-utils';

const column = (name: string) => screen.findByRole('region', { name });

/** Fills every required field of the proposal (the size in centimetres and kilograms, the default units). */
async function fillProposal(dialog: HTMLElement, name: string, { category = 'Pet Supplies' }: { category?: string } = {}) {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  // Pasted rather than typed key by key: the same change events, a fraction of the time.
  const fill = async (label: string, value: string) => {
    const input = within(dialog).getByLabelText(label);
    await user.clear(input);
    await user.click(input);
    await user.paste(value);
  };
  await fill('Name', name);
  // A category in use is picked from the list (it comes from the candidates the server lists).
  await fill('Category', category);
  await user.click(await screen.findByTitle(category));
  await fill('Differentiation idea', 'Rubber feet that really hold.');
  await fill('Target price', '27.99');
  await fill('Estimated unit cost', '4.66');
  await fill('Shipping per unit', '1.2');
  await fill('Length', '25');
  await fill('Width', '15');
  await fill('Height', '7.6');
  await fill('Weight', '0.54');
  await fill('Expected monthly units', '300');
  await fill('First order quantity', '500');
  await fill('Production lead time (days)', '20');
}

describe('Candidates board', () => {
  beforeEach(() => {
    signInAs(admin);
    candidatesDb.candidates = [
      aCandidate({ name: 'Collapsible silicone lunch box', category: 'Home & Kitchen' }),
      aCandidate({ name: 'Bamboo desk cable organiser', category: 'Office Products', stage: 'Screened' }),
      anApprovableCandidate({ name: 'Non-slip stainless pet bowl set', category: 'Pet Supplies' }),
    ];
  });

  it('shows all seven stages in the order of the stages, each with its candidates and count', async () => {
    renderApp('/selection/candidates');

    const proposed = await column('Proposed candidates');
    expect(await within(proposed).findByText('Collapsible silicone lunch box')).toBeInTheDocument();
    expect(within(proposed).getByText('Home & Kitchen')).toBeInTheDocument();
    expect(within(proposed).getByText(/Target price: US\$24\.99/)).toBeInTheDocument();
    expect(within(proposed).getByLabelText('1 candidate')).toBeInTheDocument();

    const sampling = await column('Sampling candidates');
    expect(await within(sampling).findByText('Non-slip stainless pet bowl set')).toBeInTheDocument();
    expect(within(await column('Screened candidates')).getByText('Bamboo desk cable organiser')).toBeInTheDocument();

    const titles = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(titles).toEqual(['Proposed', 'Screened', 'Sourcing', 'Sampling', 'Approved', 'Rejected', 'Shelved'].map((s) => `${s} candidates`));
  });

  it('carries on each card its age in days, its owner and its margin once known ("—" before)', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000 - 3_600_000).toISOString();
    const sampled = anApprovableCandidate({ name: 'Non-slip stainless pet bowl set', proposedBy: 'lin@demo.ops', proposedAt: daysAgo(12) });
    candidatesDb.candidates = [aCandidate({ name: 'Collapsible silicone lunch box', proposedBy: 'wang@demo.ops', proposedAt: daysAgo(1) }), sampled];
    renderApp('/selection/candidates');

    const card = async (stage: string, name: string) =>
      (await within(await column(`${stage} candidates`)).findByText(name)).closest('[role="listitem"]') as HTMLElement;
    const proposed = await card('Proposed', 'Collapsible silicone lunch box');
    expect(proposed).toHaveTextContent('Owner: wang@demo.ops');
    expect(proposed).toHaveTextContent('1 day old');
    // Not screened yet: no estimate has been decided on.
    expect(within(proposed).getByText('Margin: —')).toHaveAttribute('title', 'Known once the candidate is screened');

    const sampling = await card('Sampling', 'Non-slip stainless pet bowl set');
    expect(sampling).toHaveTextContent('Owner: lin@demo.ops');
    expect(sampling).toHaveTextContent('12 days old');
    // With a chosen quote: its margin at the quote's price (the mock's estimate: 31.85 %).
    expect(within(sampling).getByText('Margin: 31.9%')).toHaveAttribute('title', 'At the chosen quote, with the settings in force');
  });

  it('folds the closed stages: their counts show, their candidates once opened', async () => {
    candidatesDb.candidates = [
      ...candidatesDb.candidates,
      aCandidate({ name: 'Cork yoga block pair', stage: 'Shelved', shelvedFromStage: 'Sourcing' }),
      aCandidate({ name: 'LED reading lamp', stage: 'Rejected' }),
      aCandidate({ name: 'Bamboo bath mat', stage: 'Rejected' }),
    ];
    const { user } = renderApp('/selection/candidates');

    const rejected = await column('Rejected candidates');
    expect(await within(rejected).findByLabelText('2 candidates')).toBeInTheDocument();
    expect(within(rejected).queryByText('LED reading lamp')).not.toBeInTheDocument();
    expect(within(await column('Shelved candidates')).getByLabelText('1 candidate')).toBeInTheDocument();
    const unfold = within(rejected).getByRole('button', { name: 'Show Rejected candidates' });
    expect(unfold).toHaveAttribute('aria-expanded', 'false');

    await user.click(unfold);

    expect(await within(rejected).findByText('LED reading lamp')).toBeInTheDocument();
    expect(within(rejected).getByText('Bamboo bath mat')).toBeInTheDocument();
    expect(within(rejected).getByRole('button', { name: 'Hide Rejected candidates' })).toHaveAttribute('aria-expanded', 'true');
    // The others stay folded.
    expect(within(await column('Shelved candidates')).queryByText('Cork yoga block pair')).not.toBeInTheDocument();
  });

  it('pages each column on the server and fetches more on demand', async () => {
    candidatesDb.candidates = Array.from({ length: 23 }, (_, i) => aCandidate({ name: `Idea ${i + 1}` }));
    const { user } = renderApp('/selection/candidates');

    const proposed = await column('Proposed candidates');
    await waitFor(() => expect(within(proposed).getAllByRole('listitem')).toHaveLength(20));
    expect(within(proposed).getByLabelText('23 candidates')).toBeInTheDocument();

    await user.click(within(proposed).getByRole('button', { name: 'More' }));

    await waitFor(() => expect(within(proposed).getAllByRole('listitem')).toHaveLength(23));
    expect(within(proposed).queryByRole('button', { name: 'More' })).not.toBeInTheDocument();
  });

  it('sends the search and the category to the server for every column', async () => {
    const queries: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/selection/candidates') queries.push(url.searchParams);
    });
    const { user } = renderApp('/selection/candidates');
    const proposed = await column('Proposed candidates');
    await within(proposed).findByText('Collapsible silicone lunch box');

    await user.type(screen.getByRole('searchbox', { name: 'Search candidates' }), 'bowl{Enter}');
    // The categories in use are offered: a typo cannot become a filter that matches nothing.
    await user.click(screen.getByRole('combobox', { name: 'Category' }));
    expect(await screen.findByTitle('Home & Kitchen')).toBeInTheDocument();
    expect(screen.getByTitle('Office Products')).toBeInTheDocument();
    await user.click(screen.getByTitle('Pet Supplies'));

    await waitFor(() => expect(within(proposed).queryByText('Collapsible silicone lunch box')).not.toBeInTheDocument());
    expect(await within(await column('Sampling candidates')).findByText('Non-slip stainless pet bowl set')).toBeInTheDocument();
    const last = queries.filter((q) => q.get('category') === 'Pet Supplies');
    expect(last.map((q) => q.get('stage')).sort()).toEqual(['Approved', 'Proposed', 'Rejected', 'Sampling', 'Screened', 'Shelved', 'Sourcing']);
    expect(last.every((q) => q.get('search') === 'bowl' && q.get('page') === '1')).toBe(true);
    // A folded stage asks only for its count.
    expect(Object.fromEntries(last.map((q) => [q.get('stage'), q.get('pageSize')]))).toEqual({
      Proposed: '20', Screened: '20', Sourcing: '20', Sampling: '20', Approved: '1', Rejected: '1', Shelved: '1',
    });
  });

  it("opens with a KPI link's filters: that stage alone and the period, sent to the server, and removable", async () => {
    const queries: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/selection/candidates') queries.push(url.searchParams);
    });
    const { user } = renderApp('/selection/candidates?stage=Sampling&activity=SampleTested&from=2030-10-05T14:00:00Z&to=2030-11-04T14:00:00Z');

    const sampling = await column('Sampling candidates');
    expect(await within(sampling).findByText('Non-slip stainless pet bowl set')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Proposed candidates' })).not.toBeInTheDocument();
    expect(screen.getByTestId('stage-filter')).toHaveTextContent('Only Sampling');
    expect(screen.getByTestId('period-filter')).toHaveTextContent(/Sample tested/);
    expect(queries.every((q) => q.get('stage') === 'Sampling' && q.get('activity') === 'SampleTested' && q.get('from') === '2030-10-05T14:00:00Z'))
      .toBe(true);

    await user.click(within(screen.getByTestId('stage-filter')).getByRole('button', { name: 'Close' }));
    expect(await column('Proposed candidates')).toBeInTheDocument();
  });

  it("puts the server's validation errors on the proposal's fields (nested ones too)", async () => {
    server.use(
      http.post('/api/selection/candidates', () =>
        validationProblem({
          'targetPrice.currency': ["Prices and costs must be in the fee table's currency (see the selection settings)."],
          'size.height': ["'Height' must be less than or equal to '10000'."],
        }),
      ),
    );
    const { user } = renderApp('/selection/candidates');

    await user.click(await screen.findByRole('button', { name: 'Propose a candidate' }));
    const dialog = await findDialog('Propose a candidate');
    await fillProposal(dialog, 'Cork yoga block');
    await user.click(within(dialog).getByRole('button', { name: 'Propose' }));

    const item = (label: string) => within(dialog).getByLabelText(label).closest('.ant-form-item') as HTMLElement;
    expect(await within(item('Currency')).findByText(/must be in the fee table's currency/)).toBeInTheDocument();
    expect(within(item('Height')).getByText(/less than or equal to '10000'/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('proposes a candidate once (Idempotency-Key) and opens it', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/selection/candidates') keys.push(request.headers.get('Idempotency-Key'));
    });
    const { user, router } = renderApp('/selection/candidates');

    await user.click(await screen.findByRole('button', { name: 'Propose a candidate' }));
    const dialog = await findDialog('Propose a candidate');
    await fillProposal(dialog, 'Cork yoga block');
    await user.click(within(dialog).getByRole('button', { name: 'Propose' }));

    expect(await screen.findByRole('heading', { name: 'Cork yoga block', level: 3 })).toBeInTheDocument();
    const created = candidatesDb.candidates.find((c) => c.name === 'Cork yoga block');
    expect(router.state.location.pathname).toBe(`/selection/candidates/${created?.id}`);
    expect(created).toMatchObject({
      category: 'Pet Supplies',
      marketplace: 'US',
      sizeAsGiven: { length: 25, width: 15, height: 7.6, weight: 0.54, unitSystem: 'Metric' },
      numbers: { targetPrice: { amount: 27.99, currency: 'USD' }, shippingPerUnit: { amount: 1.2, currency: 'USD' }, firstOrderQuantity: 500 },
    });
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/.{8,}/);
  });

  it('files a proposal under a new category typed, and keeps an out-of-range number as typed with a field error', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/selection/candidates') bodies.push(await request.clone().json());
    });
    const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
    renderApp('/selection/candidates');

    await user.click(await screen.findByRole('button', { name: 'Propose a candidate' }));
    const dialog = await findDialog('Propose a candidate');
    await fillProposal(dialog, 'Cork yoga block');
    const category = within(dialog).getByLabelText('Category');
    await user.click(category);
    await user.paste('Sports & Outdoors');
    await user.click(await screen.findByText('Add “Sports & Outdoors”'));
    const units = within(dialog).getByLabelText('Expected monthly units');
    await user.clear(units);
    await user.type(units, '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Propose' }));

    const item = within(units.closest('.ant-form-item') as HTMLElement);
    expect(await item.findByText('Enter 1 or more')).toBeInTheDocument();
    expect(units).toHaveValue('-5');
    expect(bodies).toHaveLength(0);

    await user.clear(units);
    await user.type(units, '300');
    await user.click(within(dialog).getByRole('button', { name: 'Propose' }));

    expect(await screen.findByRole('heading', { name: 'Cork yoga block', level: 3 })).toBeInTheDocument();
    expect(bodies).toEqual([expect.objectContaining({ category: 'Sports & Outdoors', expectedMonthlyUnits: 300 })]);
  });

  it('offers no proposal to staff', async () => {
    signInAs(aUser({ email: 'staff@demo.ops', roles: ['staff'] }));
    renderApp('/selection/candidates');

    expect(await within(await column('Proposed candidates')).findByText('Collapsible silicone lunch box')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Propose a candidate' })).not.toBeInTheDocument();
  });

  it('reads the categories from the server, not from pages of candidates', async () => {
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => paths.push(`${new URL(request.url).pathname}${new URL(request.url).search}`));
    server.use(http.get('/api/selection/candidates/categories', () => HttpResponse.json(['Garden', 'Toys'])));
    const { user } = renderApp('/selection/candidates');
    await within(await column('Proposed candidates')).findByText('Collapsible silicone lunch box');

    await user.click(screen.getByRole('combobox', { name: 'Category' }));

    expect(await screen.findByTitle('Garden')).toBeInTheDocument();
    expect(screen.getByTitle('Toys')).toBeInTheDocument();
    expect(screen.queryByTitle('Home & Kitchen')).not.toBeInTheDocument();
    expect(paths.filter((p) => p.includes('sort=category'))).toEqual([]);
  });

  it('speaks Chinese: stages, search and the proposal button', async () => {
    await i18n.changeLanguage('zh');
    renderApp('/selection/candidates');

    expect(await screen.findByRole('heading', { name: '候选产品', level: 3 })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: '已提议的候选产品' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '打样中的候选产品' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '搜索候选产品' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /提议候选产品/ })).toBeInTheDocument();
  });
});
