import { http, HttpResponse } from 'msw';

import { admin, aUser } from '@/testing/mocks/data';
import { seedListing, storedListing } from '@/testing/mocks/handlers/listings';
import { server } from '@/testing/mocks/server';
import { findDialog, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const rows = () => screen.getAllByRole('row').slice(1);

/** Records the query of every GET /api/listing/listings. */
function listQueries(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/listing/listings') queries.push(url.searchParams);
  });
  return queries;
}

const deadline = (dueAt: string) => ({
  receiptId: '0190c000-0000-7000-8000-000000000001',
  storeId: '0190c000-0000-7000-8000-000000000002',
  receivedAt: '2026-12-01T08:00:00Z',
  workingDays: 3,
  timeZone: 'UTC',
  storeCalendarKnown: false,
  warnAt: '2026-12-03T08:00:00Z',
  dueAt,
  warnedAt: null,
  breachedAt: null,
  metAt: null,
});

describe('Listings page', () => {
  beforeEach(() => {
    signInAs(admin);
    seedListing({ sku: 'DEMO-DESK-LAMP', content: { title: 'Lumina LED Desk Lamp' }, deadlineState: 'Running', deadline: deadline('2026-12-04T08:00:00Z') });
    seedListing({ sku: 'DEMO-CABLE-BOX', content: { title: 'Tidy Cable Management Box' }, status: 'Rejected', deadlineState: 'Breached', deadline: deadline('2026-12-02T08:00:00Z') });
    seedListing({ sku: 'DEMO-WALL-CLOCK', content: { title: 'Quiet Sweep Wall Clock' }, status: 'Live' });
  });

  it('lists listings with their status, score and go-live deadline as a coloured tag with its due date', async () => {
    renderApp('/listing/listings');

    const lamp = await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    expect(within(lamp).getByText('Lumina LED Desk Lamp')).toBeInTheDocument();
    expect(within(lamp).getByText('Draft')).toBeInTheDocument();
    expect(within(lamp).getByText('On time')).toBeInTheDocument();
    expect(within(lamp).getByText(/due 4 Dec 2026/)).toBeInTheDocument();
    // An empty draft: six errors (title aside) cost 20 points each.
    expect(within(lamp).getByRole('cell', { name: '0' })).toBeInTheDocument();

    const box = screen.getByRole('row', { name: /DEMO-CABLE-BOX/ });
    expect(within(box).getByText('Overdue')).toHaveClass('ant-tag-red');
    expect(within(box).getByText('Rejected')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /DEMO-WALL-CLOCK/ })).getByText('No deadline')).toBeInTheDocument();
    expect(screen.getByText('3 in total')).toBeInTheDocument();
  });

  it('sends the search, status, deadline and SKU filters to the server', async () => {
    const queries = listQueries();
    const { user } = renderApp('/listing/listings');
    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search listings' }), 'lamp{Enter}');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(queries.at(-1)?.get('search')).toBe('lamp');

    await user.clear(screen.getByRole('searchbox', { name: 'Search listings' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search listings' }), '{Enter}');
    await user.click(screen.getByRole('combobox', { name: 'Go-live deadline' }));
    await user.click(await screen.findByRole('option', { name: 'Overdue' }));
    await waitFor(() => expect(queries.at(-1)?.get('deadlineState')).toBe('Breached'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('DEMO-CABLE-BOX');

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Live' }));
    await waitFor(() => expect(queries.at(-1)?.get('status')).toBe('Live'));
    expect(await screen.findByText('No listings match these filters')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'SKU' }), 'DEMO-WALL-CLOCK{Enter}');
    await waitFor(() => expect(queries.at(-1)?.get('sku')).toBe('DEMO-WALL-CLOCK'));
    expect(queries.at(-1)?.get('page')).toBe('1');
  });

  it('applies the sku in the address as the SKU filter (the candidates screen links there)', async () => {
    const queries = listQueries();
    renderApp('/listing/listings?sku=DEMO-CABLE-BOX');

    expect(await screen.findByRole('row', { name: /DEMO-CABLE-BOX/ })).toBeInTheDocument();
    expect(rows()).toHaveLength(1);
    expect(queries[0]?.get('sku')).toBe('DEMO-CABLE-BOX');
    expect(screen.getByRole('searchbox', { name: 'SKU' })).toHaveValue('DEMO-CABLE-BOX');
  });

  it('opens the listing editor from a row', async () => {
    const { user } = renderApp('/listing/listings');

    await user.click(await screen.findByText('Tidy Cable Management Box'));

    expect(await screen.findByRole('heading', { name: 'Listing DEMO-CABLE-BOX' })).toBeInTheDocument();
  });

  it('shows the problem when the server refuses the list', async () => {
    server.use(
      http.get('/api/listing/listings', () =>
        HttpResponse.json(
          { type: 'x', title: 'Forbidden', status: 403, detail: 'Your roles do not allow this operation.', instance: null, code: 'forbidden', correlationId: null },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/listing/listings');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Your roles do not allow this operation.')).toBeInTheDocument();
  });

  it('creates a listing by hand and opens it; a SKU already listed is refused with its reason', async () => {
    seedListing({ sku: 'DEMO-SHELF', content: { title: 'Floating Shelf', browseCategory: 'Home & Kitchen > Storage & Organisation' } });
    const { user } = renderApp('/listing/listings');
    await user.click(await screen.findByRole('button', { name: 'Create a listing' }));
    let dialog = await findDialog('Create a listing by hand');

    await user.type(within(dialog).getByLabelText('SKU'), 'DEMO-DESK-LAMP');
    await user.click(within(dialog).getByRole('button', { name: 'Create a listing' }));
    expect(await within(dialog).findByText('This SKU already has a listing; there is one listing per SKU.')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('SKU'));
    await user.type(within(dialog).getByLabelText('SKU'), 'DEMO-NEW-MUG');
    await user.type(within(dialog).getByLabelText('Title'), 'Warm Mug');
    await user.type(within(dialog).getByLabelText('Price'), '12.5');
    // The browse categories other listings use are offered.
    await user.click(within(dialog).getByLabelText('Browse category'));
    await user.click(await screen.findByTitle('Home & Kitchen > Storage & Organisation'));
    dialog = await findDialog('Create a listing by hand');
    await user.click(within(dialog).getByRole('button', { name: 'Create a listing' }));

    expect(await screen.findByRole('heading', { name: 'Listing DEMO-NEW-MUG' })).toBeInTheDocument();
    expect(await screen.findByText('Listing DEMO-NEW-MUG created')).toBeInTheDocument();
    expect(storedListing('DEMO-NEW-MUG')?.content).toMatchObject({
      browseCategory: 'Home & Kitchen > Storage & Organisation',
      price: { amount: 12.5, currency: 'USD' },
    });
  });

  it('offers no create button to staff', async () => {
    signInAs(aUser({ roles: ['staff'] }));
    renderApp('/listing/listings');

    await screen.findByRole('row', { name: /DEMO-DESK-LAMP/ });
    expect(screen.queryByRole('button', { name: 'Create a listing' })).not.toBeInTheDocument();
  });
});
