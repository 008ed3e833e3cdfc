import { aUser } from '@/testing/mocks/data';
import { seedChannel, storedChannel } from '@/testing/mocks/handlers/channels';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const logistics = aUser({ roles: ['logistics'] });

function listQueries(): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/api/logistics/channels') queries.push(url.searchParams);
  });
  return queries;
}

describe('Channels page', () => {
  beforeEach(() => {
    signInAs(logistics);
    seedChannel({ code: 'DHL-EXP-US', name: 'DHL Express US' });
    seedChannel({ code: 'POST-EUB', name: 'ePacket', type: 'Postal', carrier: 'China Post', active: false, transitDaysMin: 7, transitDaysMax: 15 });
  });

  it('lists channels with their type, cost model, transit and state', async () => {
    renderApp('/logistics/channels');

    const dhl = await screen.findByRole('row', { name: /DHL-EXP-US/ });
    expect(within(dhl).getByText('International express')).toBeInTheDocument();
    expect(within(dhl).getByText('5 + 2/kg + 0.5/unit USD')).toBeInTheDocument();
    expect(within(dhl).getByText('3–5 days')).toBeInTheDocument();
    expect(within(dhl).getByText('Active')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /POST-EUB/ })).getByText('Inactive')).toBeInTheDocument();
  });

  it('sends the type and state filters to the server', async () => {
    const queries = listQueries();
    const { user } = renderApp('/logistics/channels');
    await screen.findByRole('row', { name: /DHL-EXP-US/ });

    await user.click(screen.getByRole('combobox', { name: 'State' }));
    await user.click(await screen.findByRole('option', { name: 'Inactive' }));

    await waitFor(() => expect(queries.at(-1)?.get('active')).toBe('false'));
    await waitFor(() => expect(screen.queryByRole('row', { name: /DHL-EXP-US/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /POST-EUB/ })).toBeInTheDocument();
  });

  it('registers a channel and shows a refused code on the form', async () => {
    const { user, router } = renderApp('/logistics/channels');
    await user.click(await screen.findByRole('button', { name: 'Register channel' }));
    const dialog = await screen.findByRole('dialog');

    await user.type(within(dialog).getByLabelText('Code'), 'DHL-EXP-US');
    await user.type(within(dialog).getByLabelText('Name'), 'DHL again');
    await user.click(within(dialog).getByLabelText('Type'));
    await user.click(await screen.findByRole('option', { name: 'Postal' }));
    await user.type(within(dialog).getByLabelText('Carrier'), 'DHL');
    await user.type(within(dialog).getByLabelText('Service level'), 'Express');
    await user.type(within(dialog).getByLabelText('Transit days (min)'), '3');
    await user.type(within(dialog).getByLabelText('Transit days (max)'), '5');
    await user.type(within(dialog).getByLabelText('Contract start'), '2026-01-01{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Register channel' }));

    expect(await within(dialog).findByText(/Another channel already uses this code/)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Code'));
    await user.type(within(dialog).getByLabelText('Code'), 'DHL-2');
    await user.click(within(dialog).getByRole('button', { name: 'Register channel' }));

    expect(await screen.findByRole('heading', { name: 'Channel DHL-2', level: 3 })).toBeInTheDocument();
    const created = storedChannel('0190d000-0000-7000-8000-000000000003');
    expect(created).toMatchObject({ code: 'DHL-2', type: 'Postal', transitDaysMin: 3, transitDaysMax: 5, contractStart: '2026-01-01' });
    expect(router.state.location.pathname).toBe(`/logistics/channels/${created?.id}`);
  });

  it('puts the server’s field errors on their fields', async () => {
    const { user } = renderApp('/logistics/channels');
    await user.click(await screen.findByRole('button', { name: 'Register channel' }));
    const dialog = await screen.findByRole('dialog');

    await user.type(within(dialog).getByLabelText('Code'), 'DHL-3');
    await user.type(within(dialog).getByLabelText('Name'), 'DHL');
    await user.click(within(dialog).getByLabelText('Type'));
    await user.click(await screen.findByRole('option', { name: 'Postal' }));
    await user.type(within(dialog).getByLabelText('Carrier'), 'DHL');
    await user.type(within(dialog).getByLabelText('Service level'), 'Express');
    await user.type(within(dialog).getByLabelText('Transit days (min)'), '9');
    await user.type(within(dialog).getByLabelText('Transit days (max)'), '5');
    await user.type(within(dialog).getByLabelText('Contract start'), '2026-01-01{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Register channel' }));

    expect(await within(dialog).findByText('The longest typical transit cannot be shorter than the shortest.')).toBeInTheDocument();
  });

  it('offers no registration to a reader', async () => {
    signInAs(aUser({ roles: ['auditor'] }));
    renderApp('/logistics/channels');

    await screen.findByRole('row', { name: /DHL-EXP-US/ });
    expect(screen.queryByRole('button', { name: 'Register channel' })).not.toBeInTheDocument();
  });
});
