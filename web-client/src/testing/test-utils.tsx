import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/react-query';
import { sessionStore } from '@/lib/session';

import { admin, type User } from './mocks/data';
import { db } from './mocks/db';

/** Starts a session as `user` (the mock /api/org/me answers with them). */
export function signInAs(user: User = admin): User {
  db.me = user;
  sessionStore.reset({
    accessToken: `token-for-${user.id}`,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
  });
  return user;
}

const testQueryClient = () => {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false, staleTime: 0 } });
  return client;
};

/** Renders one component inside the app's providers and a router (for hooks such as useNavigate). */
export function renderWithProviders(ui: ReactNode, { url = '/' }: { url?: string } = {}) {
  const router = createMemoryRouter([{ path: '*', element: ui }] satisfies RouteObject[], { initialEntries: [url] });
  return {
    user: userEvent.setup({ delay: null }),
    router,
    ...render(
      <AppProvider queryClient={testQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>,
    ),
  };
}

/** Renders the whole app (routes, shell, lazy screens) at `url`. */
export function renderApp(url = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return {
    user: userEvent.setup({ delay: null }),
    router,
    ...render(
      <AppProvider queryClient={testQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>,
    ),
  };
}

/**
 * A dialog by its title. (AntD's ids are all "test-id" under test, so aria-labelledby cannot name
 * dialogs apart.)
 */
export function findDialog(title: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const dialog = screen.queryAllByRole('dialog').find((d) => within(d).queryByText(title));
    if (!dialog) throw new Error(`no dialog titled ${String(title)}`);
    return dialog;
  });
}

export const waitForLoadingToFinish = () =>
  waitFor(() => expect(screen.queryAllByRole('status', { name: /loading/i })).toHaveLength(0), { timeout: 10_000 });

export * from '@testing-library/react';
export { setScreenWidth } from './screen-width';
export { userEvent };

/**
 * The table row holding `text`. Prefer it to `findByRole('row', { name })`: computing the accessible name of
 * every row of an AntD page takes seconds under jsdom.
 */
export async function findRow(text: string | RegExp): Promise<HTMLElement> {
  const cell = await screen.findByText(text, { selector: 'td, td *' });
  const row = cell.closest('tr');
  if (!(row instanceof HTMLElement)) throw new Error(`no table row holds ${String(text)}`);
  return row;
}

/** The card (a phone's row) holding `text`. */
export async function findCard(text: string | RegExp): Promise<HTMLElement> {
  const inCard = await screen.findByText(text, { selector: '[role="listitem"] *' });
  const card = inCard.closest('[role="listitem"]');
  if (!(card instanceof HTMLElement)) throw new Error(`no card holds ${String(text)}`);
  return card;
}
