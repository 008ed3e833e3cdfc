import { admin, aUser } from '@/testing/mocks/data';
import { aSupplier, seedSupplier } from '@/testing/mocks/handlers/suppliers';
import { renderApp, screen, setScreenWidth, signInAs, waitFor, within } from '@/testing/test-utils';

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
    expect(within(soon).getAllByRole('menuitem')).toHaveLength(4);
    for (const live of ['Organisation', 'Product selection', 'Listing', 'Logistics', 'Customer service']) expect(within(soon).queryByText(live)).not.toBeInTheDocument();
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
    const { user } = renderApp('/data');
    await menu();

    await user.click(screen.getByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: '简体中文' }));

    const nav = within(await menu());
    await waitFor(() => expect(nav.getByText('组织架构')).toBeInTheDocument());
    expect(nav.getByText('选品')).toBeInTheDocument();
    expect(screen.getByText('数据分析即将上线')).toBeInTheDocument();
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

describe('the shell on a phone', () => {
  beforeEach(() => setScreenWidth(390));

  it("hides the menu in a drawer the header's menu button opens; choosing a page closes it", async () => {
    signInAs(admin);
    const { user, router } = renderApp('/');
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.queryByRole('navigation', { name: 'Main menu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Collapse menu' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open the menu' }));
    const drawer = await screen.findByRole('dialog');
    const nav = within(within(drawer).getByRole('navigation', { name: 'Main menu' }));
    // The whole menu, with names rather than bare icons.
    expect(nav.getByText('Training')).toBeInTheDocument();
    await user.click(nav.getByText('Product selection'));
    await user.click(await nav.findByText('Suppliers'));

    expect(await screen.findByRole('heading', { name: 'Suppliers', level: 3 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/selection/suppliers');
    await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Main menu' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Open the menu' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the language choice in the drawer, where it still switches the interface', async () => {
    signInAs(admin);
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.queryByRole('combobox', { name: 'Language' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open the menu' }));
    const drawer = within(await screen.findByRole('dialog'));
    await user.click(drawer.getByRole('combobox', { name: 'Language' }));
    await user.click(await screen.findByRole('option', { name: '简体中文' }));

    expect(await drawer.findByText('组织架构')).toBeInTheDocument();
  });

  it('shows the person as an avatar whose menu names them and signs them out', async () => {
    const longName = 'Maximiliana Evangelina Hohenzollern-Sigmaringen of the Long Names Department';
    signInAs(aUser({ displayName: longName, email: 'maximiliana@demo.ops', roles: ['admin'] }));
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Dashboard' });

    const person = screen.getByRole('button', { name: longName });
    // On a phone the header has room for the avatar only: the name is in the menu it opens.
    expect(person).not.toHaveTextContent(longName);
    await user.click(person);
    expect(await screen.findByText('maximiliana@demo.ops')).toBeInTheDocument();
    expect(screen.getByText(longName, { selector: '.ant-dropdown *' })).toBeInTheDocument();
    await user.click(screen.getByText('Sign out'));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
  });

  it('keeps the side menu and the name in the header on a desktop', async () => {
    setScreenWidth(1366);
    signInAs(admin);
    renderApp('/');

    expect(await menu()).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Open the menu' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Demo admin' })).toHaveTextContent('Demo admin');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
  });
});
