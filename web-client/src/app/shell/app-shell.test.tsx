import { admin, aUser } from '@/testing/mocks/data';
import { aSupplier, seedSupplier } from '@/testing/mocks/handlers/suppliers';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const menu = () => screen.findByRole('navigation', { name: /Main menu|主菜单/ });

describe('the shell', () => {
  it('lists all nine modules, marking those still being built as coming soon', async () => {
    signInAs(admin);
    renderApp('/');

    const nav = within(await menu());
    for (const name of ['Organisation', 'Product selection', 'Listing', 'Logistics', 'Customer service', 'Data analysis', 'Risk', 'Performance', 'Training']) {
      expect(nav.getByText(name)).toBeInTheDocument();
    }
    const soon = nav.getByText('Coming soon').closest('li');
    if (!soon) throw new Error('no coming-soon group');
    expect(within(soon).getAllByRole('menuitem')).toHaveLength(6);
    for (const live of ['Organisation', 'Product selection', 'Listing']) expect(within(soon).queryByText(live)).not.toBeInTheDocument();
  });

  it('builds the entries of a module from the roles /api/org/me returns', async () => {
    signInAs(aUser({ roles: ['staff'] }));
    const { user } = renderApp('/');

    const nav = within(await menu());
    await user.click(nav.getByText('Organisation'));
    expect(await nav.findByText('Employees')).toBeInTheDocument();
    expect(nav.queryByText('Users')).not.toBeInTheDocument();
    expect(nav.queryByText('API clients')).not.toBeInTheDocument();
  });

  it('switches to Chinese: menu, breadcrumbs and the choice survive', async () => {
    signInAs(admin);
    const { user } = renderApp('/logistics');
    await menu();

    await user.click(screen.getByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: '简体中文' }));

    const nav = within(await menu());
    await waitFor(() => expect(nav.getByText('组织架构')).toBeInTheDocument());
    expect(nav.getByText('选品')).toBeInTheDocument();
    expect(screen.getByText('物流即将上线')).toBeInTheDocument();
    expect(localStorage.getItem('ops.language')).toBe('zh');
  });

  it('signs out to the login page', async () => {
    signInAs(admin);
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: /Demo admin/ }));
    await user.click(await screen.findByText('Sign out'));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
  });

  it("ends the breadcrumbs with the page's own title, and names the browser tab after it", async () => {
    signInAs(admin);
    const supplier = seedSupplier(aSupplier({ name: 'Ningbo Homecraft' }));
    renderApp(`/selection/suppliers/${supplier.id}`);

    expect(await screen.findByText('Ningbo Homecraft', { selector: '.ant-breadcrumb *' })).toBeInTheDocument();
    expect(screen.getByText('Suppliers', { selector: '.ant-breadcrumb *' })).toBeInTheDocument();
    expect(document.title).toBe('Ningbo Homecraft · Ops');
  });
});
