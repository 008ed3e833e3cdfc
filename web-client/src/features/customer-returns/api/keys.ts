/** Query keys of customers' return requests: one root, so a write can invalidate every list; a return's own queries sit under its detail key. */
export const customerReturnKeys = {
  all: ['service', 'returns'] as const,
  lists: () => [...customerReturnKeys.all, 'list'] as const,
  detail: (id: string) => [...customerReturnKeys.all, 'detail', id] as const,
  history: (id: string) => [...customerReturnKeys.detail(id), 'history'] as const,
  timeline: (storeId: string, marketplace: string, orderNumber: string) => ['service', 'orders', storeId, marketplace, orderNumber, 'timeline'] as const,
};
