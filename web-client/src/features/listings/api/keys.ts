/** Query keys of listings: one root, so a write can invalidate every list; a listing's own queries sit under its detail key. */
export const listingKeys = {
  all: ['listing', 'listings'] as const,
  lists: () => [...listingKeys.all, 'list'] as const,
  browseCategories: () => [...listingKeys.lists(), 'browse-categories'] as const,
  detail: (id: string) => [...listingKeys.all, 'detail', id] as const,
  quality: (id: string) => [...listingKeys.detail(id), 'quality'] as const,
  qualityPreview: (id: string, content: unknown) => [...listingKeys.detail(id), 'quality-preview', content] as const,
  versions: (id: string) => [...listingKeys.detail(id), 'versions'] as const,
  diff: (id: string, version: number, against: number | undefined) => [...listingKeys.detail(id), 'diff', version, against ?? 'previous'] as const,
  history: (id: string) => [...listingKeys.detail(id), 'history'] as const,
  settings: () => ['listing', 'settings'] as const,
};
