/** Query keys of follow-up plans: one root, so a write can invalidate every list; a plan's own queries sit under its detail key. */
export const followUpKeys = {
  all: ['service', 'follow-up-plans'] as const,
  lists: () => [...followUpKeys.all, 'list'] as const,
  detail: (id: string) => [...followUpKeys.all, 'detail', id] as const,
  history: (id: string) => [...followUpKeys.detail(id), 'history'] as const,
};
