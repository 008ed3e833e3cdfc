/** Query keys of the standard answer library: one root, so a write can invalidate every list; an answer's own queries sit under its detail key. */
export const answerKeys = {
  all: ['service', 'answers'] as const,
  lists: () => [...answerKeys.all, 'list'] as const,
  detail: (id: string) => [...answerKeys.all, 'detail', id] as const,
  history: (id: string) => [...answerKeys.detail(id), 'history'] as const,
};
