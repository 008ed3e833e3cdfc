/** Query keys of orders: one root, so a write can invalidate every list; an order's own queries sit under its detail key. */
export const orderKeys = {
  all: ['logistics', 'orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  detail: (id: string) => [...orderKeys.all, 'detail', id] as const,
  history: (id: string) => [...orderKeys.detail(id), 'history'] as const,
  imports: () => [...orderKeys.all, 'imports'] as const,
  importList: (query: object) => [...orderKeys.imports(), 'list', query] as const,
  importJob: (id: string) => [...orderKeys.imports(), 'job', id] as const,
};
