import { aUser } from '@/testing/mocks/data';
import { anEmployee, employeesDb } from '@/testing/mocks/handlers/employees';
import { server } from '@/testing/mocks/server';
import { changeLanguage } from '@/i18n';
import { findDialog, findRow, renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

const manager = () => signInAs(aUser({ displayName: 'Olivia Ops', roles: ['ops-manager'] }));

const fieldHelp = (dialog: HTMLElement, label: string) => {
  const item = within(dialog).getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return within(item);
};

describe('the employees screen', () => {
  it('lists employees with their position, stores and status', async () => {
    manager();
    const [store] = employeesDb.stores;
    employeesDb.employees.push(anEmployee({ name: 'Lin Wei', positionId: employeesDb.positions[0]?.id, storeIds: [store?.id ?? ''], status: 'OnLeave' }));
    renderApp('/org/employees');

    const row = await findRow('Lin Wei');
    expect(within(row).getByText('Listing specialist')).toBeInTheDocument();
    expect(within(row).getByText('Demo Seller · US')).toBeInTheDocument();
    expect(within(row).getByText('On leave')).toBeInTheDocument();
  });

  it('sends the search to the server and says when nothing matches', async () => {
    manager();
    employeesDb.employees.push(anEmployee({ name: 'Lin Wei' }), anEmployee({ name: 'Sam Park' }));
    const requests: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/api/org/employees')) requests.push(new URL(request.url));
    });
    const { user } = renderApp('/org/employees');
    await findRow('Sam Park');

    await user.type(screen.getByRole('searchbox', { name: 'Search name or email' }), 'nobody{Enter}');

    expect(await screen.findByText('No employees match these filters')).toBeInTheDocument();
    expect(requests.at(-1)?.searchParams.get('search')).toBe('nobody');
    server.events.removeAllListeners();
  });

  it('narrows the list to the store chosen in the header', async () => {
    manager();
    const [us, ca] = employeesDb.stores;
    employeesDb.employees.push(anEmployee({ name: 'In New York', storeIds: [us?.id ?? ''] }), anEmployee({ name: 'In Toronto', storeIds: [ca?.id ?? ''] }));
    const { user } = renderApp('/org/employees');
    await screen.findByText('In New York');

    await user.click(screen.getByRole('combobox', { name: 'Current store' }));
    await user.click(await screen.findByTitle('Maple Goods · CA'));

    // (Text queries: role queries by name are slow on a whole page of AntD.)
    await waitFor(() => expect(screen.queryByText('In New York')).not.toBeInTheDocument());
    expect(screen.getByText('In Toronto')).toBeInTheDocument();
    expect(localStorage.getItem('ops.store')).toBe(ca?.id);
  });

  it('hires an employee with a login', async () => {
    manager();
    const { user } = renderApp('/org/employees');
    await user.click(await screen.findByRole('button', { name: /Hire an employee/ }));
    const dialog = await findDialog('Hire an employee');

    await user.type(within(dialog).getByLabelText('Name'), 'Mei Chen');
    await user.type(within(dialog).getByLabelText('Email'), 'mei@demo.ops');
    await user.click(within(dialog).getByRole('combobox', { name: 'Position' }));
    await user.click(await screen.findByRole('option', { name: 'Listing specialist' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Create a login for this employee' }));
    await user.type(within(dialog).getByLabelText('Initial password'), 'long-enough-1');
    await user.click(within(dialog).getByRole('button', { name: 'Hire' }));

    expect(await screen.findByText('Mei Chen hired')).toBeInTheDocument();
    expect(employeesDb.employees).toEqual([expect.objectContaining({ name: 'Mei Chen', email: 'mei@demo.ops', userAccountId: expect.any(String) })]);
    expect(await findRow('Mei Chen')).toBeInTheDocument();
  });

  it("puts the server's field errors on their fields and a broken rule above the form", async () => {
    manager();
    employeesDb.employees.push(anEmployee({ name: 'Taken', email: 'taken@demo.ops' }));
    const { user } = renderApp('/org/employees');
    await user.click(await screen.findByRole('button', { name: /Hire an employee/ }));
    const dialog = await findDialog('Hire an employee');
    await user.type(within(dialog).getByLabelText('Name'), 'Mei Chen');
    await user.type(within(dialog).getByLabelText('Email'), 'taken@demo.ops');
    await user.click(within(dialog).getByRole('combobox', { name: 'Position' }));
    await user.click(await screen.findByRole('option', { name: 'Listing specialist' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Create a login for this employee' }));
    await user.type(within(dialog).getByLabelText('Initial password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Hire' }));

    expect(await fieldHelp(dialog, 'Initial password').findByText(/at least 8 characters/)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Initial password'));
    await user.type(within(dialog).getByLabelText('Initial password'), 'long-enough-1');
    await user.click(within(dialog).getByRole('button', { name: 'Hire' }));
    expect(await within(dialog).findByText('Another current employee already uses this email.')).toBeInTheDocument();
    expect(within(dialog).getByText(/employee\.email_must_be_unique/)).toBeInTheDocument();
  });

  it('sends an employee on leave with the version it showed', async () => {
    manager();
    const lin = anEmployee({ name: 'Lin Wei', version: 4 });
    employeesDb.employees.push(lin);
    const { user } = renderApp('/org/employees');

    await user.click(await screen.findByLabelText('Status: Lin Wei'));
    await user.click(await screen.findByText('Start leave'));
    const dialog = await findDialog('Lin Wei goes on leave');
    await user.type(within(dialog).getByLabelText('Reason'), 'Parental leave');
    await user.click(within(dialog).getByRole('button', { name: 'Start leave' }));

    expect(await screen.findByText('Lin Wei is on leave')).toBeInTheDocument();
    expect(employeesDb.employees[0]).toMatchObject({ status: 'OnLeave', version: 5 });
    expect(await within(await findRow('Lin Wei')).findByText('On leave')).toBeInTheDocument();
  });

  it('offers no changes to a staff member, who may still read the list', async () => {
    signInAs(aUser({ roles: ['staff'] }));
    employeesDb.employees.push(anEmployee({ name: 'Lin Wei' }));
    renderApp('/org/employees');

    expect(await findRow('Lin Wei')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Hire an employee/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('speaks Chinese', async () => {
    manager();
    employeesDb.employees.push(anEmployee({ name: 'Lin Wei', status: 'Left' }));
    await changeLanguage('zh');
    renderApp('/org/employees');

    expect(await screen.findByRole('heading', { name: '员工' })).toBeInTheDocument();
    expect(await screen.findByText('已离职')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /录用员工/ })).toBeInTheDocument();
  });
});
