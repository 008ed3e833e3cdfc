import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

import { api, send } from '@/lib/api/client';
import type { ResponseOf } from '@/lib/api/types';

export type Store = ResponseOf<'/api/org/stores', 'get'>['items'][number];

/** Every store of the company (a handful): the header's store switch and store pickers. */
export const getStores = async (): Promise<Store[]> =>
  (await send(api.GET('/api/org/stores', { params: { query: { page: 1, pageSize: 100 } } }))).items;

export const storesQueryOptions = queryOptions({ queryKey: ['org', 'stores'] as const, queryFn: getStores, staleTime: 300_000 });

export const useStores = () => useQuery(storesQueryOptions);

export const storeLabel = (store: Store): string => `${store.sellerName} · ${store.marketplace}`;

const storageKey = 'ops.store';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

/**
 * The store the person works on (chosen in the header, remembered for the next visit); null means
 * all stores. Screens whose lists can be narrowed to a store start with this one.
 */
export const currentStore = {
  get: read,
  set(id: string | null): void {
    try {
      if (id) globalThis.localStorage?.setItem(storageKey, id);
      else globalThis.localStorage?.removeItem(storageKey);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export const useCurrentStoreId = (): string | null => useSyncExternalStore(currentStore.subscribe, currentStore.get, () => null);
