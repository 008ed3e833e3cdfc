import { http, HttpResponse } from 'msw';

import { admin, aUser } from '@/testing/mocks/data';
import { db } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { findDialog, renderWithProviders, screen, signInAs, waitFor, within } from '@/testing/test-utils';

import { UsersList } from './users-list';

const rows = () => screen.getAllByRole('row').slice(1);

describe('UsersList', () => {
  beforeEach(() => {
    signInAs(admin);
    db.users = [
      admin,
      aUser({ email: 'lin@demo.ops', displayName: 'Lin Product', roles: ['product'] }),
      aUser({ email: 'old@demo.ops', displayName: 'Old Timer', roles: ['staff'], status: 'Deactivated' }),
    ];
  });

  it('lists the users the server returns, with translated roles and status', async () => {
    renderWithProviders(<UsersList />);

    const lin = await screen.findByRole('row', { name: /Lin Product/ });
    expect(within(lin).getByText('lin@demo.ops')).toBeInTheDocument();
    expect(within(lin).getByText('Product')).toBeInTheDocument();
    expect(within(lin).getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('3 in total')).toBeInTheDocument();
  });

  it('asks the server to filter by search, role and status', async () => {
    const queries: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/org/users') queries.push(new URL(request.url).searchParams);
    });
    const { user } = renderWithProviders(<UsersList />);
    await screen.findByRole('row', { name: /Lin Product/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search email or name' }), 'lin{Enter}');

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Lin Product');
    expect(queries.at(-1)?.get('search')).toBe('lin');
    expect(queries.at(-1)?.get('page')).toBe('1');
  });

  it('says so when no user matches', async () => {
    server.use(http.get('/api/org/users', () => HttpResponse.json({ items: [], page: 1, pageSize: 20, totalItems: 0, totalPages: 0 })));

    renderWithProviders(<UsersList />);

    expect(await screen.findByText('No users match these filters')).toBeInTheDocument();
  });

  it('shows the problem when the server refuses the list', async () => {
    server.use(
      http.get('/api/org/users', () =>
        HttpResponse.json(
          { type: 'https://ops.example/problems/forbidden', title: 'Forbidden', status: 403, detail: 'Your roles do not allow this operation.', instance: '/api/org/users', code: 'forbidden', correlationId: 'x' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    renderWithProviders(<UsersList />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Your roles do not allow this operation.')).toBeInTheDocument();
    expect(within(alert).getByText(/Code: forbidden/)).toBeInTheDocument();
  });

  it('lets an admin change roles (sending the version seen) and disables actions for deactivated users', async () => {
    const { user } = renderWithProviders(<UsersList />);
    const lin = await screen.findByRole('row', { name: /Lin Product/ });
    const old = screen.getByRole('row', { name: /Old Timer/ });
    expect(within(old).getByRole('button', { name: 'Deactivate' })).toBeDisabled();

    await user.click(within(lin).getByRole('button', { name: 'Change roles' }));
    const dialog = await findDialog('Change the roles of Lin Product');
    await user.click(within(dialog).getByRole('combobox'));
    await user.click(await screen.findByRole('option', { name: 'Listing' }));
    await user.tab();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(db.users.find((u) => u.email === 'lin@demo.ops')?.roles).toEqual(['product', 'listing']));
    expect(await screen.findByText('Roles of lin@demo.ops changed; they apply at the next login')).toBeInTheDocument();
  });

  it('offers no write actions to an auditor', async () => {
    signInAs(aUser({ email: 'auditor@demo.ops', displayName: 'Auditor', roles: ['auditor'] }));

    renderWithProviders(<UsersList />);

    const lin = await screen.findByRole('row', { name: /Lin Product/ });
    expect(within(lin).getByRole('button', { name: 'Change roles' })).toBeDisabled();
    expect(within(lin).getByRole('button', { name: 'Deactivate' })).toBeDisabled();
  });
});
