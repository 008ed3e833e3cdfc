import { http } from 'msw';

import { admin, aUser } from '@/testing/mocks/data';
import { db } from '@/testing/mocks/db';
import { validationProblem } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderWithProviders, screen, signInAs, waitFor, within } from '@/testing/test-utils';

import { CreateUserForm } from './create-user-form';

async function fill(user: ReturnType<typeof renderWithProviders>['user'], values: { email: string; name: string; password: string; role: string }) {
  await user.type(screen.getByLabelText('Email'), values.email);
  await user.type(screen.getByLabelText('Name'), values.name);
  await user.type(screen.getByLabelText('Initial password'), values.password);
  await user.click(screen.getByRole('combobox', { name: 'Roles' }));
  await user.click(await screen.findByRole('option', { name: values.role }));
  // Leave the select, so its open list does not swallow the next click.
  await user.tab();
}

/** The messages AntD shows under a form item (the field's described-by help). */
const fieldHelp = (label: string) => {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return within(item);
};

describe('CreateUserForm', () => {
  beforeEach(() => signInAs(admin));

  it('creates the user and hands it back', async () => {
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<CreateUserForm onCreated={onCreated} onCancel={vi.fn()} />);

    await fill(user, { email: 'mei@demo.ops', name: 'Mei Service', password: 'long-enough', role: 'Customer service' });
    await user.click(screen.getByRole('button', { name: 'New user' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ email: 'mei@demo.ops', roles: ['service'] })));
    expect(db.users.map((u) => u.email)).toContain('mei@demo.ops');
  });

  it("shows the server's validation errors on the fields they name", async () => {
    const { user } = renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);

    await fill(user, { email: 'someone@demo.ops', name: 'Someone', password: 'short', role: 'Staff' });
    await user.click(screen.getByRole('button', { name: 'New user' }));

    expect(await fieldHelp('Initial password').findByText(/must be at least 8 characters/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts errors on collection items (roles[0]) on the collection, and the rest above the form', async () => {
    server.use(
      http.post('/api/org/users', () =>
        validationProblem({
          email: ["'Email' is not a valid email address."],
          'roles[0]': ['Roles must be among: admin, ops-manager.'],
          'Idempotency-Key': ['Idempotency-Key must be 1–200 printable characters.'],
        }),
      ),
    );
    const { user } = renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);

    await fill(user, { email: 'someone@demo.ops', name: 'Someone', password: 'long-enough', role: 'Staff' });
    await user.click(screen.getByRole('button', { name: 'New user' }));

    expect(await fieldHelp('Email').findByText("'Email' is not a valid email address.")).toBeInTheDocument();
    expect(fieldHelp('Roles').getByText('Roles must be among: admin, ops-manager.')).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText(/Idempotency-Key must be/)).toBeInTheDocument();
  });

  it('shows a refusal that belongs to no field with its code', async () => {
    db.users.push(aUser({ email: 'taken@demo.ops' }));
    const { user } = renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);

    await fill(user, { email: 'taken@demo.ops', name: 'Twin', password: 'long-enough', role: 'Staff' });
    await user.click(screen.getByRole('button', { name: 'New user' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The request breaks a rule')).toBeInTheDocument();
    expect(within(alert).getByText('Another account already uses this email.')).toBeInTheDocument();
    expect(within(alert).getByText(/user\.email_must_be_unique/)).toBeInTheDocument();
  });

  it('checks required fields before calling the server', async () => {
    const { user } = renderWithProviders(<CreateUserForm onCreated={vi.fn()} onCancel={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'New user' }));

    expect(await screen.findByText('Enter an email')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one role')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), 'no-at-sign');
    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
  });
});
