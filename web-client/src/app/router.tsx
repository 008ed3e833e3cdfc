import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { modules } from '@/config/modules';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { ProtectedRoute } from '@/lib/auth';

import { ComingSoonRoute } from './routes/coming-soon';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { AppShell, type Crumb } from './shell/app-shell';

const crumb = (handle: Crumb) => ({ crumb: handle });

/** Every screen of a module is its own chunk: only the login page and the shell load up front. */
export const routes: RouteObject[] = [
  { path: paths.login.path, element: <LoginRoute /> },
  {
    path: paths.home.path,
    hydrateFallbackElement: <Loading fullscreen />,
    element: (
      <ProtectedRoute>
        <AppShell />
      </ProtectedRoute>
    ),
    children: [
      {
        index: true,
        handle: crumb({ key: 'nav.dashboard' }),
        lazy: async () => ({ Component: (await import('@/features/dashboard/routes/dashboard')).DashboardRoute }),
      },
      {
        path: paths.org.root.path,
        handle: crumb({ key: 'modules.organization' }),
        children: [
          { index: true, element: <Navigate to={paths.org.users.getHref()} replace /> },
          {
            path: paths.org.users.path,
            handle: crumb({ key: 'users.title' }),
            lazy: async () => ({ Component: (await import('@/features/organization/routes/users')).UsersRoute }),
          },
          {
            path: paths.org.apiClients.path,
            handle: crumb({ key: 'apiClients.title' }),
            lazy: async () => ({ Component: (await import('@/features/organization/routes/api-clients')).ApiClientsRoute }),
          },
        ],
      },
      ...modules
        .filter((m) => !m.live)
        .map((m) => ({
          path: paths.module.getHref(m.key),
          handle: crumb({ key: `modules.${m.key}` }),
          element: <ComingSoonRoute module={m.key} />,
        })),
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
