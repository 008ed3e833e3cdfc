import { http, HttpResponse } from 'msw';

import { i18n } from '@/i18n';
import { admin, aUser } from '@/testing/mocks/data';
import { aCandidate, anApprovableCandidate, aQuote, candidatesDb, estimateOf, mockSuppliers, type MockCandidate } from '@/testing/mocks/handlers/candidates';
import { refused } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { setScreenWidth } from '@/testing/screen-width';
import { findDialog, renderApp, screen, signInAs, userEvent, waitFor, within } from '@/testing/test-utils';

const product = aUser({ email: 'lin@demo.ops', displayName: 'Lin Product', roles: ['product'] });
const opsManager = aUser({ email: 'ops@demo.ops', displayName: 'Ops Manager', roles: ['ops-manager'] });
const staff = aUser({ email: 'staff@demo.ops', displayName: 'Staff', roles: ['staff'] });

/** Opens the candidate's page and waits for it. */
async function open(candidate: MockCandidate) {
  candidatesDb.candidates = [...candidatesDb.candidates.filter((c) => c.id !== candidate.id), candidate];
  const rendered = renderApp(`/selection/candidates/${candidate.id}`);
  await screen.findByRole('heading', { name: candidate.name, level: 3 });
  // Without the pointer-events check, which reads the computed style of every ancestor: slow under jsdom on a page this large.
  return { ...rendered, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }) };
}

/** The If-Match header of every POST under the candidate. */
function recordIfMatch(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.startsWith('/api/selection/candidates/')) seen.push(request.headers.get('If-Match') ?? '');
  });
  return seen;
}

type User = ReturnType<typeof renderApp>['user'];

/** Pastes rather than types key by key: the same change events, a fraction of the time under jsdom. */
async function fillIn(user: User, input: HTMLElement, value: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

/** The title row: the page's title and the candidate's own transitions (reject, shelve, reopen). */
const header = () => screen.getByRole('heading', { level: 3 }).parentElement as HTMLElement;
/** The funnel's actions, under its steps (none on a closed candidate). */
const nextActions = () => document.querySelector<HTMLElement>(`section[aria-label="${i18n.t('candidates.funnel.actions')}"]`);
const action = (name: string) => {
  const funnel = nextActions();
  return within(header()).queryByRole('button', { name }) ?? (funnel ? within(funnel).queryByRole('button', { name }) : null);
};
/** A step of the funnel, by its title. */
const step = (title: string) =>
  [...document.querySelectorAll<HTMLElement>('.ant-steps-item')].find((item) => item.querySelector('.ant-steps-item-title')?.textContent === title) as HTMLElement;
const statusOf = (item: HTMLElement) => ['finish', 'process', 'wait', 'error'].find((s) => item.classList.contains(`ant-steps-item-${s}`));
const stage = () => screen.getByTestId('candidate-stage');
/** A row of a Descriptions table, by the table's title and the row's label. */
const described = (within_: HTMLElement, title: string, label: string) => {
  const table = within(within_).getByText(title).closest('.ant-descriptions') as HTMLElement;
  return within(table).getByText(label).closest('tr') as HTMLElement;
};

describe('Candidate detail', () => {
  beforeEach(() => signInAs(admin));

  it('shows the profit estimate: price, each cost, profit and margin, beside its labelled inputs', async () => {
    await open(aCandidate({ name: 'Collapsible silicone lunch box' }));

    const estimate = await screen.findByRole('region', { name: 'Profit estimate' });
    const result = within(estimate).getByText('Result per unit').closest('.ant-descriptions') as HTMLElement;
    const row = (label: string | RegExp) => within(result).getByText(label).closest('tr') as HTMLElement;
    expect(row('Target price')).toHaveTextContent('US$24.99');
    expect(row('Landed cost (unit cost + shipping)')).toHaveTextContent('US$5.37');
    expect(row('Referral fee (15.00%)')).toHaveTextContent('US$3.75');
    expect(row('Fulfilment fee')).toHaveTextContent('US$5.41');
    expect(row('Advertising cost (ACoS 10.00%)')).toHaveTextContent('US$2.50');
    expect(row('Total cost')).toHaveTextContent('US$17.03');
    expect(row('Profit')).toHaveTextContent('US$7.96');
    expect(row('Margin')).toHaveTextContent('31.85%');

    const inputs = within(estimate).getByText('Inputs').closest('.ant-descriptions') as HTMLElement;
    const input = (label: string) => within(inputs).getByText(label).closest('tr') as HTMLElement;
    expect(input('Estimated unit cost')).toHaveTextContent('US$4.17');
    expect(input('Shipping per unit')).toHaveTextContent('US$1.20');
    expect(input('Size (in, lb)')).toHaveTextContent('9.84 × 5.91 × 2.99, 1.19 lb');
    expect(input('Expected monthly units')).toHaveTextContent('300');
    expect(input('Days to sell the first order')).toHaveTextContent('50 (derived)');
    expect(within(estimate).getByText('The margin meets the minimum of 25.00%.')).toBeInTheDocument();
  });

  it('shows each amount of the estimate in the currency the server gives it', async () => {
    const candidate = aCandidate({ name: 'Lunch box for the EU store' });
    const estimate = estimateOf(candidate.numbers);
    const inEuro = <T extends object>(section: T): T =>
      Object.fromEntries(Object.entries(section).map(([name, value]) => [name, value && typeof value === 'object' && 'currency' in value ? { ...value, currency: 'EUR' } : value])) as T;
    server.use(
      http.get(`/api/selection/candidates/${candidate.id}/profit-estimate`, () =>
        HttpResponse.json({ ...estimate, perUnit: inEuro(estimate.perUnit), fulfilment: inEuro(estimate.fulfilment), capital: inEuro(estimate.capital) })),
    );
    await open(candidate);

    const panel = await screen.findByRole('region', { name: 'Profit estimate' });
    expect(described(panel, 'Result per unit', 'Profit')).toHaveTextContent('€7.96');
    expect(described(panel, 'Result per unit', 'Total cost')).toHaveTextContent('€17.03');
    expect(described(panel, 'How the fulfilment fee was found', 'Band fee')).toHaveTextContent('€5.41');
    expect(described(panel, 'Capital check', 'Limit per SKU')).toHaveTextContent('€30,000.00');
    expect(panel).not.toHaveTextContent('US$7.96');
  });

  it('calculates a what-if estimate without saving anything', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (new URL(request.url).pathname === '/api/selection/candidates/profit-estimate') bodies.push(await request.clone().json());
    });
    const candidate = aCandidate({ name: 'Collapsible silicone lunch box' });
    const { user } = await open(candidate);

    await user.click(screen.getByRole('button', { name: 'What if…' }));
    const form = await screen.findByRole('form', { name: 'What if…' });
    const price = within(form).getByLabelText('Target price');
    await user.clear(price);
    await user.type(price, '12');
    await user.click(within(form).getByRole('button', { name: 'Calculate' }));

    const whatIf = await screen.findByRole('region', { name: 'What-if result' });
    expect(within(whatIf).getByText(/The margin is below the minimum of 25.00%/)).toBeInTheDocument();
    expect(described(whatIf, 'Result per unit', 'Target price')).toHaveTextContent('US$12.00');
    // The size as it was entered (25 × 15 × 7.6 cm), not its conversion to inches.
    expect(bodies[0]).toMatchObject({ targetPrice: { amount: 12, currency: 'USD' }, size: { length: 25, width: 15, height: 7.6, weight: 0.54, unitSystem: 'Metric' } });
    expect(candidatesDb.find(candidate.id)?.version).toBe(1);
  });

  it('explains in the screening dialog how the scores, the verdict and the margin rule relate', async () => {
    const { user } = await open(aCandidate({ name: 'Collapsible silicone lunch box' }));

    await user.click(action('Screen') as HTMLElement);
    const dialog = await findDialog('Screen Collapsible silicone lunch box');

    const rule = within(dialog).getByRole('note');
    expect(within(rule).getByText('How scores and verdict relate')).toBeInTheDocument();
    expect(rule).toHaveTextContent('They inform the verdict but do not decide it.');
    expect(rule).toHaveTextContent('The verdict is yours.');
    expect(await within(rule).findByText(/it is 31\.85% now, the minimum 25\.00%/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns in the screening dialog when a pass would wait for an override', async () => {
    const { user } = await open(aCandidate({ name: 'Thin margin gadget', numbers: { ...aCandidate().numbers, targetPrice: { amount: 12, currency: 'USD' } } }));

    await user.click(action('Screen') as HTMLElement);
    const dialog = await findDialog('Screen Thin margin gadget');

    expect(within(dialog).getByRole('alert')).toHaveTextContent("The estimated margin is below the minimum: a pass needs an ops-manager's override for this margin.");
  });

  it('starts the what-if from the size as entered, never from its unrounded conversion', async () => {
    const candidate = aCandidate({ name: 'Collapsible silicone lunch box' });
    const exact = { ...candidate.numbers, size: { lengthIn: 9.84251968503937, widthIn: 5.905511811023622, heightIn: 2.992125984251968, weightLb: 1.1904962148 } };
    const { user } = await open({ ...candidate, numbers: exact });

    const overview = screen.getByText('Overview').closest('.ant-card') as HTMLElement;
    expect(overview).toHaveTextContent('9.843 × 5.906 × 2.992 in, 1.19 lb');
    expect(overview).not.toHaveTextContent('9.84251968503937');
    await user.click(screen.getByRole('button', { name: 'What if…' }));
    const form = await screen.findByRole('form', { name: 'What if…' });
    expect(Number((within(form).getByLabelText('Length') as HTMLInputElement).value)).toBe(25);
    expect(form).not.toHaveTextContent('9.84251968503937');
  });

  it('screens a proposed candidate with the version seen, and shows the new stage and its history', async () => {
    const ifMatch = recordIfMatch();
    const { user } = await open(aCandidate({ name: 'Collapsible silicone lunch box', version: 3 }));
    expect(within(stage()).getByText('Proposed')).toBeInTheDocument();

    await user.click(action('Screen') as HTMLElement);
    const dialog = await findDialog('Screen Collapsible silicone lunch box');
    for (const label of ['Market potential', 'Competition (5 = little)', 'Quality stability', 'Differentiation', 'Team and resource fit'])
      await fillIn(user, within(dialog).getByLabelText(label), '4');
    await user.click(within(dialog).getByRole('radio', { name: 'Pass' }));
    await fillIn(user, within(dialog).getByLabelText('Notes'), 'Healthy margin');
    await user.click(within(dialog).getByRole('button', { name: 'Screen' }));

    await waitFor(() => expect(within(stage()).getByText('Screened')).toBeInTheDocument());
    expect(ifMatch).toEqual(['"3"']);
    expect(await screen.findByText('Candidate screened')).toBeInTheDocument();
    // Screened: quotes are next; screening is not offered again.
    expect(action('Record a quote')).toBeInTheDocument();
    expect(action('Screen')).not.toBeInTheDocument();
  });

  it("shows the funnel's steps: where the candidate stands and what it still lacks", async () => {
    const base = anApprovableCandidate({ name: 'Non-slip stainless pet bowl set' });
    await open({ ...base, samples: base.samples.map((s) => ({ ...s, status: 'Open' as const, results: null, resultsRecordedAt: null })) });

    expect(['Screening', 'Quote chosen', 'Sample passed', 'Approval'].map((title) => statusOf(step(title)))).toEqual(['finish', 'finish', 'process', 'wait']);
    const missing = within(step('Sample passed')).getByRole('list', { name: 'Missing' });
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      "Approval needs a passed sample from the chosen quote's supplier.",
      'A sample is already open; record its results first.',
    ]);
    // The step's actions: results can be recorded; another sample cannot be requested yet, and says why.
    expect(action('Record results')).toBeEnabled();
    expect(action('Request a sample')).toBeDisabled();
    expect(action('Request a sample')).toHaveAccessibleDescription('A sample is already open; record its results first.');
  });

  it('shows an action the rules refuse disabled, with the reason as its tooltip', async () => {
    const quote = aQuote();
    const candidate = anApprovableCandidate({ name: 'Magnetic car phone mount', stage: 'Sourcing', samples: [], quotes: [quote], chosenQuoteId: quote.quoteId, chosenQuote: quote });
    const { user } = await open(candidate);

    const approve = action('Approve') as HTMLElement;
    expect(approve).toBeDisabled();
    expect(approve).toHaveAccessibleDescription("Approval needs a passed sample from the chosen quote's supplier.");
    await user.hover(approve.parentElement as HTMLElement);
    expect(await screen.findByRole('tooltip')).toHaveTextContent("Approval needs a passed sample from the chosen quote's supplier.");
    // On a desktop the reason waits for the pointer (off screen, for screen readers); the sample step's own action is offered.
    expect(document.getElementById(approve.getAttribute('aria-describedby') ?? '')).toHaveStyle({ position: 'absolute', width: '1px' });
    expect(action('Request a sample')).toBeEnabled();
  });

  it('writes the reason under a refused action on a phone, where nothing hovers', async () => {
    setScreenWidth(390);
    const quote = aQuote();
    await open(anApprovableCandidate({ name: 'Magnetic car phone mount', stage: 'Sourcing', samples: [], quotes: [quote], chosenQuoteId: quote.quoteId, chosenQuote: quote }));

    const approve = action('Approve') as HTMLElement;
    expect(approve).toBeDisabled();
    const reason = document.getElementById(approve.getAttribute('aria-describedby') ?? '') as HTMLElement;
    expect(reason).toHaveTextContent("Approval needs a passed sample from the chosen quote's supplier.");
    expect(reason).toBeVisible();
    expect(reason).not.toHaveStyle({ position: 'absolute' });
  });

  it("shows the server's refusal of an approval with its detail and code", async () => {
    // The page offered approval; meanwhile the chosen supplier was graded down, and the server refuses.
    const candidate = anApprovableCandidate({ name: 'Magnetic car phone mount' });
    server.use(http.post(`/api/selection/candidates/${candidate.id}/approve`, () => refused('candidate.quote_supplier_grade_d', "The quote's supplier is graded D.")));
    const { user } = await open(candidate);

    await user.click(action('Approve') as HTMLElement);
    const dialog = await findDialog('Approve Magnetic car phone mount');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('The request breaks a rule')).toBeInTheDocument();
    expect(within(alert).getByText("The quote's supplier is graded D.")).toBeInTheDocument();
    expect(within(alert).getByText(/candidate\.quote_supplier_grade_d/)).toBeInTheDocument();
    expect(candidatesDb.find(candidate.id)?.stage).toBe('Sampling');
  });

  it('records passed sample results, approves, and links to the listing draft by SKU', async () => {
    const base = anApprovableCandidate({ name: 'Non-slip stainless pet bowl set' });
    const { user } = await open({ ...base, samples: base.samples.map((s) => ({ ...s, status: 'Open' as const, results: null, resultsRecordedAt: null })) });

    const samples = screen.getByText('Samples').closest('.ant-card') as HTMLElement;
    await user.click(within(samples).getByText('Record results'));
    const results = await findDialog('Record the sample results');
    await user.click(within(results).getByRole('checkbox', { name: 'Quality test passed' }));
    await user.click(within(results).getByRole('checkbox', { name: 'Function test passed' }));
    await user.click(within(results).getByRole('radio', { name: 'Pass' }));
    await fillIn(user, within(results).getByLabelText('Improvement requests'), 'Care label in Spanish');
    await user.click(within(results).getByRole('button', { name: 'Record results' }));
    expect(await within(samples).findByText('Passed', { selector: '.ant-tag' })).toBeInTheDocument();

    await user.click(action('Approve') as HTMLElement);
    const approve = await findDialog('Approve Non-slip stainless pet bowl set');
    await user.click(within(approve).getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText('Approved as HOM-2612-00001')).toBeInTheDocument();
    expect(screen.getByText('The listing module is creating a listing draft for this SKU.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open its listing' })).toHaveAttribute('href', '/listing/listings?sku=HOM-2612-00001');
    expect(action('Approve')).not.toBeInTheDocument();
    expect(action('Reject')).not.toBeInTheDocument();
  });

  it('offers the margin override to an ops-manager only, and records it with a reason', async () => {
    const thin = aCandidate({ name: 'Thin margin gadget', numbers: { ...aCandidate().numbers, targetPrice: { amount: 12, currency: 'USD' } } });
    signInAs(product);
    const first = await open(thin);
    expect(action('Screen')).toBeEnabled();
    // A pass waits for the override: whoever screens learns who may give it.
    expect(action('Override screening margin')).toBeDisabled();
    expect(action('Override screening margin')).toHaveAccessibleDescription('Only an ops-manager can accept a margin below the minimum.');
    first.unmount();

    signInAs(opsManager);
    const { user } = await open(thin);
    await user.click(action('Override screening margin') as HTMLElement);
    const dialog = await findDialog('Accept the margin of Thin margin gadget below the minimum');
    await fillIn(user, within(dialog).getByLabelText('Reason'), 'Entry product for the brand');
    await user.click(within(dialog).getByRole('button', { name: 'Override screening margin' }));

    await waitFor(() => expect(candidatesDb.find(thin.id)?.marginOverrides).toHaveLength(1));
    expect(await screen.findByText(/accepted \(minimum 25.00%\) by ops@demo.ops: Entry product for the brand/)).toBeInTheDocument();
  });

  it('offers staff no action: no transition, no quote choice, no what-if', async () => {
    signInAs(staff);
    const quote = aQuote();
    const other = aQuote({ supplierName: 'Dongguan Precision Plastics' });
    await open(anApprovableCandidate({ name: 'Magnetic car phone mount', stage: 'Sourcing', quotes: [quote, other], chosenQuoteId: quote.quoteId, chosenQuote: quote }));

    expect(screen.getByRole('row', { name: /Dongguan Precision Plastics/ })).toBeInTheDocument();
    for (const name of ['Approve', 'Reject', 'Shelve', 'Record a quote', 'Request a sample']) expect(action(name)).not.toBeInTheDocument();
    expect(screen.getByText('Only product, ops-manager or admin can change a candidate.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Choose' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'What if…' })).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Profit estimate' })).toBeInTheDocument();
  });

  it('records a quote from a registered supplier and the candidate moves to sourcing', async () => {
    server.use(http.get('/api/selection/suppliers', () => HttpResponse.json({ items: mockSuppliers.slice(0, 2), page: 1, pageSize: 50, totalItems: 2, totalPages: 1 })));
    const screened = anApprovableCandidate({ name: 'Bamboo desk cable organiser', stage: 'Screened', quotes: [], chosenQuoteId: null, chosenQuote: null, samples: [] });
    const { user } = await open(screened);

    await user.click(action('Record a quote') as HTMLElement);
    const dialog = await findDialog('Record a quote for Bamboo desk cable organiser');
    await user.click(within(dialog).getByRole('combobox', { name: 'Supplier' }));
    // By title: a role query with names over the whole page is slow under jsdom.
    await user.click(await screen.findByTitle('Dongguan Precision Plastics'));
    await fillIn(user, within(dialog).getByLabelText('Unit price'), '3.5');
    await fillIn(user, within(dialog).getByLabelText('MOQ'), '500');
    await fillIn(user, within(dialog).getByLabelText('Lead time (days)'), '25');
    await fillIn(user, within(dialog).getByLabelText('After-sales terms'), 'Free replacement within 90 days');
    // The app's date picker: an ISO date typed is shown as the app shows dates, and sent as the date.
    const validUntil = within(dialog).getByLabelText('Valid until');
    await fillIn(user, validUntil, '2099-06-30');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(validUntil).toHaveValue('30 Jun 2099'));
    await user.click(within(dialog).getByRole('button', { name: 'Record a quote' }));

    await waitFor(() => expect(within(stage()).getByText('Sourcing')).toBeInTheDocument());
    expect(candidatesDb.find(screened.id)?.quotes[0]).toMatchObject({ unitPrice: { amount: 3.5, currency: 'USD' }, moq: 500, validUntil: '2099-06-30' });
    const quotes = screen.getByText('Quotes').closest('.ant-card') as HTMLElement;
    const row = (await within(quotes).findByText('Dongguan Precision Plastics')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('US$3.50');
    // By text: role queries check every ancestor's computed style, slow on a page this large under jsdom.
    expect(within(row).getByText('Choose').closest('button')).toBeEnabled();
  });

  it('reopens a shelved candidate at the stage it was shelved from', async () => {
    const { user } = await open(
      aCandidate({ name: 'Cork yoga block pair', stage: 'Shelved', shelvedFromStage: 'Sourcing', shelvingReason: 'Waiting for the next budget round.' }),
    );
    expect(screen.getByText('Waiting for the next budget round.')).toBeInTheDocument();
    expect(action('Shelve')).not.toBeInTheDocument();

    await user.click(action('Reopen') as HTMLElement);
    const dialog = await findDialog('Reopen Cork yoga block pair');
    expect(within(dialog).getByText('The candidate goes back to Sourcing, with its screening, quotes and samples.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reopen' }));

    await waitFor(() => expect(within(stage()).getByText('Sourcing')).toBeInTheDocument());
  });

  it('shows a stale version (412) in the dialog, so the person reloads and retries', async () => {
    const candidate = aCandidate({ name: 'Collapsible silicone lunch box' });
    const { user } = await open(candidate);
    // Someone else changed it meanwhile.
    candidatesDb.candidates = candidatesDb.candidates.map((c) => (c.id === candidate.id ? { ...c, version: 2 } : c));

    await user.click(action('Shelve') as HTMLElement);
    const dialog = await findDialog('Shelve Collapsible silicone lunch box');
    await fillIn(user, within(dialog).getByLabelText('Reason'), 'Later');
    await user.click(within(dialog).getByRole('button', { name: 'Shelve' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText(/If-Match named version 1, but the record is at version 2/)).toBeInTheDocument();
    expect(within(alert).getByText(/version_mismatch/)).toBeInTheDocument();
  });

  it('speaks Chinese: stage, actions and sections', async () => {
    await i18n.changeLanguage('zh');
    await open(aCandidate({ name: 'Collapsible silicone lunch box' }));

    expect(within(stage()).getByText('已提议')).toBeInTheDocument();
    expect(action('筛选')).toBeInTheDocument();
    expect(action('搁置')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: '利润测算' })).toBeInTheDocument();
    expect(screen.getByText('单件测算结果')).toBeInTheDocument();
    expect(screen.getByText('测算输入')).toBeInTheDocument();
    expect(screen.getByText('暂无报价')).toBeInTheDocument();
  });
});
