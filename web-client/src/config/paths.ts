/** Every route of the SPA, in one place: links and the router use these. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (redirectTo?: string | null) =>
      redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
  },
  org: {
    root: { path: '/org', getHref: () => '/org' },
    users: { path: '/org/users', getHref: () => '/org/users' },
    apiClients: { path: '/org/api-clients', getHref: () => '/org/api-clients' },
  },
  module: { getHref: (module: string) => `/${module}` },
} as const;
