import { queryOptions, useQuery } from '@tanstack/react-query';

import { getListings } from './get-listings';
import { listingKeys } from './keys';

/** The list's largest page (the host's limit), and how many pages are read at most. */
const pageSize = 200;
const maxPages = 5;

/**
 * The browse categories listings already use, A to Z, read from the listings list (newest first): the API has no list
 * of categories, nor sorts listings by category. Beyond the thousand newest listings some may be missing.
 */
export async function getBrowseCategories(): Promise<string[]> {
  const first = await getListings({ sort: '-draftedAt', page: 1, pageSize });
  const pages = Math.min(first.totalPages ?? 1, maxPages);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => getListings({ sort: '-draftedAt', page: i + 2, pageSize })));
  const seen = new Map<string, string>();
  for (const listing of [first, ...rest].flatMap((p) => p.items)) {
    const category = listing.content.browseCategory.trim();
    if (category && !seen.has(category.toLowerCase())) seen.set(category.toLowerCase(), category);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export const getBrowseCategoriesQueryOptions = () =>
  queryOptions({ queryKey: listingKeys.browseCategories(), queryFn: getBrowseCategories, staleTime: 60_000 });

export const useBrowseCategories = () => useQuery(getBrowseCategoriesQueryOptions());
