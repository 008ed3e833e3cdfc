import { queryOptions, useQuery } from '@tanstack/react-query';

import { getCandidates } from './get-candidates';
import { candidateKeys } from './keys';

/** The list's largest page (the host's limit), and how many pages are read at most. */
const pageSize = 200;
const maxPages = 5;

/**
 * The categories candidates are filed under, A to Z, read from the candidates list sorted by category: the API has no
 * list of categories of its own. Spellings that differ only in case count once (the server filters ignoring case).
 * Beyond the first thousand candidates some categories may be missing: a categories endpoint would answer that.
 */
export async function getCandidateCategories(): Promise<string[]> {
  const first = await getCandidates({ sort: 'category', page: 1, pageSize });
  const pages = Math.min(first.totalPages ?? 1, maxPages);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => getCandidates({ sort: 'category', page: i + 2, pageSize })));
  const seen = new Map<string, string>();
  for (const candidate of [first, ...rest].flatMap((p) => p.items)) {
    const category = candidate.category.trim();
    if (category && !seen.has(category.toLowerCase())) seen.set(category.toLowerCase(), category);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export const getCandidateCategoriesQueryOptions = () =>
  queryOptions({ queryKey: candidateKeys.categories(), queryFn: getCandidateCategories, staleTime: 60_000 });

export const useCandidateCategories = () => useQuery(getCandidateCategoriesQueryOptions());
