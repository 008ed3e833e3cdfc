/** Query keys of inquiries: one root, so a write can invalidate every list; an inquiry's own queries sit under its detail key. */
export const inquiryKeys = {
  all: ['service', 'inquiries'] as const,
  lists: () => [...inquiryKeys.all, 'list'] as const,
  detail: (id: string) => [...inquiryKeys.all, 'detail', id] as const,
  history: (id: string) => [...inquiryKeys.detail(id), 'history'] as const,
};
