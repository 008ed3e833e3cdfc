import { http, HttpResponse } from 'msw';

import { aUser } from '@/testing/mocks/data';
import { aSupplier, aSupplierDocument, anEvaluatedSupplier, daysFromToday, seedSuppliers, suppliersDb } from '@/testing/mocks/handlers/suppliers';
import { validationProblem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { findCard, findDialog, renderApp, screen, setScreenWidth, signInAs, waitFor, within } from '@/testing/test-utils';

const productManager = aUser({ email: 'lin@demo.ops', displayName: 'Lin Product', roles: ['product'] });
const scores = { qualification: 90, reputation: 80, capacity: 80, quality: 80, price: 70, leadTime: 80, afterSales: 80 };

/** The query strings of the list requests the page sent. */
function recordListQueries(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/selection/suppliers') seen.push(url.searchParams);
  });
  return seen;
}

const fieldHelp = (container: HTMLElement, label: string) => {
  const item = within(container).getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return within(item);
};

describe('Suppliers list', () => {
  beforeEach(() => signInAs(productManager));

  it('shows suppliers with translated status, grade, last score and a document warning marker', async () => {
    seedSuppliers(
      anEvaluatedSupplier(scores, { name: 'Shenzhen Bright Co.', country: 'CN' }),
      aSupplier({ name: 'Hanoi Textiles', country: 'VN', documents: [aSupplierDocument({ expiresOn: daysFromToday(10) })] }),
    );
    renderApp('/selection/suppliers');

    const bright = await screen.findByRole('row', { name: /Shenzhen Bright Co\./ });
    expect(within(bright).getByText('Evaluated')).toBeInTheDocument();
    expect(within(bright).getByText('Grade B')).toBeInTheDocument();
    expect(within(bright).getByText('79.5')).toBeInTheDocument();
    expect(within(bright).getByText(/China/)).toBeInTheDocument();
    expect(within(bright).queryByRole('img', { name: /expiring or expired/ })).not.toBeInTheDocument();

    const hanoi = screen.getByRole('row', { name: /Hanoi Textiles/ });
    expect(within(hanoi).getByText('Registered')).toBeInTheDocument();
    expect(within(hanoi).getByText('Not graded')).toBeInTheDocument();
    expect(within(hanoi).getByRole('img', { name: '1 document expiring or expired' })).toBeInTheDocument();
    expect(within(hanoi).getByRole('link', { name: 'Hanoi Textiles' })).toHaveAttribute('href', `/selection/suppliers/${suppliersDb.suppliers[1]?.id}`);
  });

  it('sends the search, status, grade and country filters to the server', async () => {
    seedSuppliers(
      anEvaluatedSupplier(scores, { name: 'Shenzhen Bright Co.' }),
      anEvaluatedSupplier({ qualification: 40, reputation: 40, capacity: 40, quality: 40, price: 40, leadTime: 40, afterSales: 40 }, { name: 'Ningbo Parts', country: 'CN' }),
      aSupplier({ name: 'Hanoi Textiles', country: 'VN' }),
    );
    const queries = recordListQueries();
    const { user } = renderApp('/selection/suppliers');
    await screen.findByRole('row', { name: /Hanoi Textiles/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search name' }), 'bright{Enter}');
    await waitFor(() => expect(queries.at(-1)?.get('search')).toBe('bright'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Hanoi Textiles/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /Shenzhen Bright Co\./ })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search name' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search name' }), '{Enter}');
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Evaluated' }));
    await user.click(screen.getByRole('combobox', { name: 'Grade' }));
    await user.click(await screen.findByRole('option', { name: 'Grade D' }));
    await user.type(screen.getByRole('combobox', { name: 'Country' }), 'cn');
    await user.click(await screen.findByTitle('China (CN)'));

    await waitFor(() => {
      const last = queries.at(-1);
      expect([last?.get('status'), last?.get('grade'), last?.get('country'), last?.get('search'), last?.get('page')]).toEqual(['Evaluated', 'D', 'CN', null, '1']);
    });
    expect(await screen.findByRole('row', { name: /Ningbo Parts/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Shenzhen Bright Co\./ })).not.toBeInTheDocument();
  });

  it('starts with the filters of its address, as a KPI links it, and shows the period it is bound to', async () => {
    seedSuppliers(anEvaluatedSupplier(scores, { name: 'Alpha Trading' }));
    const queries = recordListQueries();
    const { user } = renderApp('/selection/suppliers?grade=B&activity=Delivered&from=2026-11-01T00%3A00%3A00Z&to=2026-12-01T00%3A00%3A00Z');

    await waitFor(() => expect(queries.at(-1)?.get('activity')).toBe('Delivered'));
    const query = queries.at(-1);
    expect([query?.get('grade'), query?.get('from'), query?.get('to')]).toEqual(['B', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z']);
    const period = await screen.findByTestId('period-filter');
    expect(period).toHaveTextContent('Delivered: 1 Nov 2026 – 30 Nov 2026');

    await user.click(within(period).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(queries.at(-1)?.get('activity')).toBeNull());
    expect(queries.at(-1)?.get('grade')).toBe('B');
  });

  it('sorts on the server by the column clicked', async () => {
    seedSuppliers(
      anEvaluatedSupplier(scores, { name: 'Alpha Trading' }),
      anEvaluatedSupplier({ ...scores, quality: 100, reputation: 100 }, { name: 'Zeta Works' }),
    );
    const queries = recordListQueries();
    const { user } = renderApp('/selection/suppliers');
    await screen.findByRole('row', { name: /Zeta Works/ });
    const names = () => screen.getAllByRole('link').map((l) => l.textContent).filter((n) => n === 'Alpha Trading' || n === 'Zeta Works');
    expect(names()).toEqual(['Alpha Trading', 'Zeta Works']);

    await user.click(screen.getByRole('columnheader', { name: /Last evaluation score/ }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('weightedScore'));
    // The table is busy (and not clickable) while the sorted page loads.
    await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
    await user.click(screen.getByRole('columnheader', { name: /Last evaluation score/ }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('-weightedScore'));
    await waitFor(() => expect(names()).toEqual(['Zeta Works', 'Alpha Trading']));
  });

  it('shows each supplier as a card on a phone, and sorts on the server by the choice under "Sort by"', async () => {
    setScreenWidth(390);
    seedSuppliers(
      anEvaluatedSupplier(scores, { name: 'Alpha Trading', country: 'CN' }),
      anEvaluatedSupplier({ ...scores, quality: 100, reputation: 100 }, { name: 'Zeta Works', country: 'VN' }),
    );
    const queries = recordListQueries();
    const { user } = renderApp('/selection/suppliers');

    const zeta = await findCard('Zeta Works');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(zeta).getByRole('link', { name: 'Zeta Works' })).toHaveAttribute('href', `/selection/suppliers/${suppliersDb.suppliers[1]?.id}`);
    const fields = Object.fromEntries(within(zeta).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]));
    expect(fields).toMatchObject({ Country: 'Vietnam (VN)', Status: 'Evaluated', Grade: 'Grade A' });

    const names = () => screen.getAllByRole('link').map((l) => l.textContent).filter((n) => n === 'Alpha Trading' || n === 'Zeta Works');
    expect(names()).toEqual(['Alpha Trading', 'Zeta Works']);
    await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Last evaluation score, descending' }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('-weightedScore'));
    await waitFor(() => expect(names()).toEqual(['Zeta Works', 'Alpha Trading']));
  });

  it('says so when no supplier matches', async () => {
    renderApp('/selection/suppliers');
    expect(await screen.findByText('No suppliers match these filters')).toBeInTheDocument();
  });

  it('lists expiring and expired documents across suppliers, each linking to its supplier', async () => {
    const [hanoi, bright] = seedSuppliers(
      aSupplier({ name: 'Hanoi Textiles', documents: [aSupplierDocument({ name: 'ISO 9001', number: 'ISO-77', kind: 'Certification', expiresOn: daysFromToday(12) })] }),
      aSupplier({ name: 'Shenzhen Bright Co.', documents: [aSupplierDocument({ name: 'Business licence', number: 'BL-1', expiresOn: daysFromToday(-3) })] }),
      aSupplier({ name: 'Fine Supplier', documents: [aSupplierDocument({ expiresOn: daysFromToday(200) })] }),
    );
    renderApp('/selection/suppliers');

    const panel = await screen.findByRole('region', { name: 'Qualification documents needing attention' });
    const links = within(panel).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^Shenzhen Bright Co\.: Business licence \(BL-1\) expired on /),
      expect.stringMatching(/^Hanoi Textiles: ISO 9001 \(ISO-77\) expires on /),
    ]);
    expect(links[0]).toHaveAttribute('href', `/selection/suppliers/${bright?.id}`);
    expect(links[1]).toHaveAttribute('href', `/selection/suppliers/${hanoi?.id}`);
    expect(within(panel).queryByText(/Fine Supplier/)).not.toBeInTheDocument();
  });

  it('registers a supplier and opens its page', async () => {
    const { user, router } = renderApp('/selection/suppliers');
    await screen.findByText('No suppliers match these filters');

    await user.click(screen.getByRole('button', { name: /Register a supplier/ }));
    const dialog = await findDialog('Register a supplier');
    await user.type(within(dialog).getByLabelText('Name'), 'Yiwu Home Goods');
    await user.type(within(dialog).getByLabelText('Contact person'), 'Chen Jie');
    await user.type(within(dialog).getByLabelText('Contact email'), 'chen@yiwu.example');
    await user.type(within(dialog).getByLabelText('Country'), 'cn');
    await user.click(await screen.findByTitle('China (CN)'));
    await user.type(within(dialog).getByLabelText('Monthly capacity (units)'), '12000');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Yiwu Home Goods' })).toBeInTheDocument();
    const registered = suppliersDb.suppliers[0];
    expect(registered).toMatchObject({ name: 'Yiwu Home Goods', country: 'CN', monthlyCapacityUnits: 12000, contact: { person: 'Chen Jie', email: 'chen@yiwu.example' } });
    expect(router.state.location.pathname).toBe(`/selection/suppliers/${registered?.id}`);
    expect(screen.getByText('Supplier Yiwu Home Goods registered')).toBeInTheDocument();
  });

  it("puts the server's field errors on their fields (nested ones included), with an Idempotency-Key", async () => {
    let idempotencyKey: string | null = null;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') idempotencyKey = request.headers.get('Idempotency-Key');
    });
    const { user } = renderApp('/selection/suppliers');
    await screen.findByText('No suppliers match these filters');

    await user.click(screen.getByRole('button', { name: /Register a supplier/ }));
    const dialog = await findDialog('Register a supplier');
    await user.type(within(dialog).getByLabelText('Name'), 'Nowhere Ltd');
    await user.type(within(dialog).getByLabelText('Contact person'), 'Nobody');
    await user.type(within(dialog).getByLabelText('Contact email'), 'nobody@nowhere.example');
    await user.type(within(dialog).getByLabelText('Country'), 'vietnam');
    await user.click(await screen.findByTitle('Vietnam (VN)'));
    await user.type(within(dialog).getByLabelText('Monthly capacity (units)'), '10');
    server.use(
      http.post('/api/selection/suppliers', () => validationProblem({ country: ['Country must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN.'] })),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    expect(await fieldHelp(dialog, 'Country').findByText('Country must be an ISO 3166-1 alpha-2 code in upper case, e.g. CN.')).toBeInTheDocument();
    expect(idempotencyKey).toMatch(/.+/);
    expect(suppliersDb.suppliers).toHaveLength(0);

    server.use(
      http.post('/api/selection/suppliers', () =>
        HttpResponse.json(
          {
            type: 'https://ops.example/problems/validation_failed', title: 'The request is not valid', status: 400, code: 'validation_failed',
            detail: 'See errors for the fields to correct.', errors: { 'contact.email': ["'Email' is not a valid email address."] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const firstKey = idempotencyKey;
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));
    expect(await fieldHelp(dialog, 'Contact email').findByText("'Email' is not a valid email address.")).toBeInTheDocument();
    expect(idempotencyKey).toBe(firstKey);
  });

  it('registers nothing while the country typed matches none or the capacity is out of range, and keeps both as typed', async () => {
    const posts: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') posts.push(await request.clone().json());
    });
    const { user } = renderApp('/selection/suppliers');
    await screen.findByText('No suppliers match these filters');

    await user.click(screen.getByRole('button', { name: /Register a supplier/ }));
    const dialog = await findDialog('Register a supplier');
    await user.type(within(dialog).getByLabelText('Name'), 'Yiwu Home Goods');
    await user.type(within(dialog).getByLabelText('Contact person'), 'Chen Jie');
    await user.type(within(dialog).getByLabelText('Contact email'), 'chen@yiwu.example');
    const country = within(dialog).getByLabelText('Country');
    await user.type(country, 'Chinaa');
    expect(await screen.findByText('Nothing matches')).toBeInTheDocument();
    const capacity = within(dialog).getByLabelText('Monthly capacity (units)');
    await user.type(capacity, '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    expect(await fieldHelp(dialog, 'Country').findByText('Choose a country')).toBeInTheDocument();
    expect(fieldHelp(dialog, 'Monthly capacity (units)').getByText('Enter 1 or more')).toBeInTheDocument();
    expect(capacity).toHaveValue('-5');
    expect(posts).toHaveLength(0);

    await user.type(country, 'China');
    await user.click(await screen.findByTitle('China (CN)'));
    await user.clear(capacity);
    await user.type(capacity, '12000');
    await user.click(within(dialog).getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Yiwu Home Goods' })).toBeInTheDocument();
    expect(posts).toEqual([expect.objectContaining({ country: 'CN', monthlyCapacityUnits: 12000 })]);
  });

  it('offers no registration to staff', async () => {
    signInAs(aUser({ roles: ['staff'] }));
    seedSuppliers(aSupplier({ name: 'Hanoi Textiles' }));
    renderApp('/selection/suppliers');

    await screen.findByRole('row', { name: /Hanoi Textiles/ });
    expect(screen.queryByRole('button', { name: /Register a supplier/ })).not.toBeInTheDocument();
  });
});
