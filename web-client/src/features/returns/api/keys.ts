/** Query keys of returns and reimbursement cases: one root each, so a write can invalidate every list. */
export const returnKeys = {
  all: ['logistics', 'returns'] as const,
  lists: () => [...returnKeys.all, 'list'] as const,
  detail: (id: string) => [...returnKeys.all, 'detail', id] as const,
  history: (id: string) => [...returnKeys.detail(id), 'history'] as const,
  warehouses: () => ['logistics', 'warehouses', 'all'] as const,
};

export const reimbursementKeys = {
  all: ['logistics', 'reimbursements'] as const,
  lists: () => [...reimbursementKeys.all, 'list'] as const,
  detail: (id: string) => [...reimbursementKeys.all, 'detail', id] as const,
  history: (id: string) => [...reimbursementKeys.detail(id), 'history'] as const,
};
