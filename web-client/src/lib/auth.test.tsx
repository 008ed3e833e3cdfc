import { http } from 'msw';

import { admin } from '@/testing/mocks/data';
import { problem, unauthenticated } from '@/testing/mocks/problems';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, signInAs, waitFor, within } from '@/testing/test-utils';

import { getMe, logIn } from './auth';
import { formatDateTime } from './format';
import { ProblemError } from './problem';
import { sessionStore } from './session';

const lockedUntil = '2026-11-24T10:15:00Z';

/** The login refused with `code`, carrying `lockedUntil` as the API does while the account is locked. */
const refusedUntil = (code: string, detail: string) =>
  http.post('/api/auth/token', async () => {
    const response = problem(401, code, 'Login refused', { detail });
    return new Response(JSON.stringify({ ...(await response.json()), lockedUntil }), { status: 401, headers: response.headers });
  });

/** Signs in on the login page as the admin with `password`; the alert that answers. */
async function signInWith(password: string) {
  const { user } = renderApp('/login');
  await user.type(await screen.findByLabelText('Email'), admin.email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return screen.findByRole('alert');
}

describe('logIn', () => {
  it('keeps the token in memory and sessionStorage, and sends it on later calls', async () => {
    await logIn({ email: admin.email, password: 'Demo!2345' });

    expect(sessionStore.token()).toBe(`token-for-${admin.id}`);
    expect(JSON.parse(sessionStorage.getItem('ops.session') ?? '{}')).toMatchObject({ email: admin.email, roles: ['admin'] });
    await expect(getMe()).resolves.toMatchObject({ email: admin.email });
  });

  it('reports a refused login as its problem and starts no session', async () => {
    const refused = logIn({ email: admin.email, password: 'wrong' });

    await expect(refused).rejects.toBeInstanceOf(ProblemError);
    await expect(refused).rejects.toMatchObject({ status: 401, code: 'user.password_must_match' });
    expect(sessionStore.getState()).toEqual({ session: null, ended: null });
  });
});

describe('a 401 from the API', () => {
  it('ends the session and shows the login page with a message', async () => {
    signInAs(admin);
    server.use(http.get('/api/org/me', () => unauthenticated()));

    renderApp('/org/users');

    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Your session has ended. Please sign in again.')).toBeInTheDocument();
    expect(sessionStorage.getItem('ops.session')).toBeNull();
  });
});

describe('the login page', () => {
  it('signs in and returns to the page asked for', async () => {
    const { user, router } = renderApp('/org/users');

    const form = await screen.findByRole('button', { name: 'Sign in' });
    await user.type(screen.getByLabelText('Email'), admin.email);
    await user.type(screen.getByLabelText('Password'), 'Demo!2345');
    await user.click(form);

    await waitFor(() => expect(router.state.location.pathname).toBe('/org/users'));
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeInTheDocument();
  });

  it('shows the refusal of a wrong password with its code', async () => {
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), admin.email);
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The email or password is wrong.')).toBeInTheDocument();
    expect(within(alert).getByText(/user\.password_must_match/)).toBeInTheDocument();
  });

  it('says when a locked account unlocks, in the local time, when the refusal carries it', async () => {
    server.use(refusedUntil('user.locked_account_cannot_log_in', 'Too many failed logins: the account is locked for a while.'));

    const alert = await signInWith('Demo!2345');
    const local = formatDateTime(lockedUntil, 'en');
    expect(local).toMatch(/2026/);
    expect(within(alert).getByText(`Too many failed sign-ins: the account is locked until ${local}.`)).toBeInTheDocument();
  });

  it('says the account is now locked when the failed attempt that locked it carries the time', async () => {
    server.use(refusedUntil('user.password_must_match', 'The email or password is wrong.'));

    const alert = await signInWith('nope');
    expect(within(alert).getByText('The email or password is wrong.')).toBeInTheDocument();
    expect(within(alert).getByText(`Too many failed sign-ins: the account is locked until ${formatDateTime(lockedUntil, 'en')}.`)).toBeInTheDocument();
  });

  it("shows the server's lockout message as it is when the refusal does not say when it ends", async () => {
    server.use(
      http.post('/api/auth/token', () =>
        problem(401, 'user.locked_account_cannot_log_in', 'Login refused', { detail: 'Too many failed logins: the account is locked for a while.' }),
      ),
    );
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), admin.email);
    await user.type(screen.getByLabelText('Password'), 'Demo!2345');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Too many failed logins: the account is locked for a while.')).toBeInTheDocument();
    expect(within(alert).queryByText(/locked until/)).not.toBeInTheDocument();
  });
});
