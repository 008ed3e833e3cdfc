/** Query keys of collaboration requests: one root (a complaint's escalation invalidates it too); a request's own queries sit under its detail key. */
export const collaborationKeys = {
  all: ['service', 'collaboration'] as const,
  boards: () => [...collaborationKeys.all, 'board'] as const,
  detail: (id: string) => [...collaborationKeys.all, 'detail', id] as const,
  history: (id: string) => [...collaborationKeys.detail(id), 'history'] as const,
};
