/** Query keys of customer feedback: one root, so a write can invalidate every list and the voice of the customer. */
export const feedbackKeys = {
  all: ['service', 'feedback'] as const,
  lists: () => [...feedbackKeys.all, 'list'] as const,
  detail: (id: string) => [...feedbackKeys.all, 'detail', id] as const,
  voice: (from?: string, to?: string) => [...feedbackKeys.all, 'voice', from ?? null, to ?? null] as const,
};
