import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, send } from '@/lib/api/client';

import { listingKeys } from './keys';

/** The browse categories listings use, each once, A to Z: what the category fields offer before "add new". */
export const getBrowseCategories = (): Promise<string[]> => send(api.GET('/api/listing/browse-categories'));

export const getBrowseCategoriesQueryOptions = () =>
  queryOptions({ queryKey: listingKeys.browseCategories(), queryFn: getBrowseCategories, staleTime: 60_000 });

export const useBrowseCategories = () => useQuery(getBrowseCategoriesQueryOptions());
