import { MutationCache, QueryClient, useMutation, useQueryClient, type DefaultOptions, type UseMutationOptions } from '@tanstack/react-query';

import { ProblemError } from './problem';

/** Client errors (4xx) are answers, not glitches: retrying them only repeats the refusal. */
const shouldRetry = (failureCount: number, error: unknown): boolean =>
  failureCount < 2 && !(error instanceof ProblemError && error.status >= 400 && error.status < 500);

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 30_000,
    retry: shouldRetry,
  },
  mutations: { retry: false },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: queryConfig,
    mutationCache: new MutationCache({
      // 412: someone changed the record since it was loaded. Reload what is on screen, so the next
      // attempt sends the current version (the dialog still shows the refusal).
      onError: (error) => {
        if (error instanceof ProblemError && error.status === 412) void client.invalidateQueries();
      },
    }),
  });
  return client;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors TanStack's own generic constraint
type AnyFunction = (...args: any[]) => any;

export type ApiFnReturnType<FnType extends AnyFunction> = Awaited<ReturnType<FnType>>;

export type QueryConfig<T extends AnyFunction> = Omit<ReturnType<T>, 'queryKey' | 'queryFn'>;

export type MutationConfig<MutationFnType extends AnyFunction> = UseMutationOptions<
  ApiFnReturnType<MutationFnType>,
  ProblemError,
  Parameters<MutationFnType>[0]
>;

/**
 * A write through the API that refreshes what it changed: after success it invalidates `invalidates` (query
 * key prefixes), then runs the caller's own `onSuccess` (close the dialog, say it is done).
 */
export function useApiMutation<TInput, TOutput>(
  mutationFn: (input: TInput) => Promise<TOutput>,
  invalidates: ReadonlyArray<readonly unknown[]>,
  mutationConfig?: UseMutationOptions<TOutput, ProblemError, TInput>,
) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn,
    onSuccess: async (...args) => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await onSuccess?.(...args);
    },
  });
}

/**
 * A change of one record that answers with the record as it now is: the answer replaces the cached detail at once
 * (so the next change sends the new version, and the screen shows the new state without a round trip), then what
 * `refresh(record)` names is fetched again (lists, history, figures derived from the record), then the caller's
 * own `onSuccess`.
 */
export function useRecordMutation<TInput, TRecord extends { id: string }>(
  mutationFn: (input: TInput) => Promise<TRecord>,
  { detail, refresh }: { detail: (id: string) => readonly unknown[]; refresh: (record: TRecord) => ReadonlyArray<readonly unknown[]> },
  mutationConfig?: UseMutationOptions<TRecord, ProblemError, TInput>,
) {
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = mutationConfig ?? {};
  return useMutation({
    ...rest,
    mutationFn,
    onSuccess: async (record, ...args) => {
      queryClient.setQueryData(detail(record.id), record);
      await Promise.all(refresh(record).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await onSuccess?.(record, ...args);
    },
  });
}
