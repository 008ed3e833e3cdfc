/** Query keys of stocktakes: one root, so a write can invalidate every list; a stocktake's own queries sit under its detail key. */
export const stocktakeKeys = {
  all: ['logistics', 'stocktakes'] as const,
  lists: () => [...stocktakeKeys.all, 'list'] as const,
  schedule: () => [...stocktakeKeys.all, 'schedule'] as const,
  detail: (id: string) => [...stocktakeKeys.all, 'detail', id] as const,
  history: (id: string) => [...stocktakeKeys.detail(id), 'history'] as const,
  warehouses: () => ['logistics', 'warehouses', 'all'] as const,
  settings: () => ['logistics', 'settings'] as const,
};
