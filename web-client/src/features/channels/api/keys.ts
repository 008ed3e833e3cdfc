/** Query keys of channels: one root, so a write can invalidate every list; a channel's own queries sit under its detail key. */
export const channelKeys = {
  all: ['logistics', 'channels'] as const,
  lists: () => [...channelKeys.all, 'list'] as const,
  detail: (id: string) => [...channelKeys.all, 'detail', id] as const,
  history: (id: string) => [...channelKeys.detail(id), 'history'] as const,
  costs: () => ['logistics', 'costs'] as const,
  costReport: (from: string | undefined, to: string | undefined) => [...channelKeys.costs(), 'report', from ?? '', to ?? ''] as const,
};
