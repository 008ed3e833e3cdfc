/** Query keys of complaints: one root, so a write can invalidate every list; a complaint's own queries sit under its detail key. */
export const complaintKeys = {
  all: ['service', 'complaints'] as const,
  lists: () => [...complaintKeys.all, 'list'] as const,
  detail: (id: string) => [...complaintKeys.all, 'detail', id] as const,
  history: (id: string) => [...complaintKeys.detail(id), 'history'] as const,
};
