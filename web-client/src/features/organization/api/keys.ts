/** Query keys of the organisation module: one root, so a write can invalidate all its lists. */
export const orgKeys = {
  all: ['org'] as const,
  users: () => [...orgKeys.all, 'users'] as const,
  apiClients: () => [...orgKeys.all, 'api-clients'] as const,
  employees: () => [...orgKeys.all, 'employees'] as const,
  positions: () => [...orgKeys.all, 'positions'] as const,
};
