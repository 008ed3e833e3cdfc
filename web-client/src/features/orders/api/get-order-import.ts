import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { api, send } from '@/lib/api/client';

import type { ImportJob } from './import-orders';
import { orderKeys } from './keys';

/** How often a running job is read again: it reports rows read and records written as it goes. */
export const importPollMs = 1_000;

export const getOrderImport = (id: string): Promise<ImportJob> =>
  send(api.GET('/api/logistics/orders/imports/{id}', { params: { path: { id } } }));

export const getOrderImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: orderKeys.importJob(id),
    queryFn: () => getOrderImport(id),
    staleTime: 0,
    // Polled until the job is finished (completed, rejected or failed); then it never changes again.
    refetchInterval: (query) => (query.state.data?.finished ? false : importPollMs),
  });

/** An import job, read again every second while it runs; once finished, the order queue and the job list are refreshed. */
export const useOrderImport = (id: string) => {
  const queryClient = useQueryClient();
  const job = useQuery(getOrderImportQueryOptions(id));
  const finished = job.data?.finished ?? false;
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: [...orderKeys.imports(), 'list'] });
  }, [finished, queryClient]);
  return job;
};
