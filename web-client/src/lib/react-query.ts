import { QueryClient, type DefaultOptions, type UseMutationOptions } from '@tanstack/react-query';

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

export const createQueryClient = (): QueryClient => new QueryClient({ defaultOptions: queryConfig });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors TanStack's own generic constraint
type AnyFunction = (...args: any[]) => any;

export type ApiFnReturnType<FnType extends AnyFunction> = Awaited<ReturnType<FnType>>;

export type QueryConfig<T extends AnyFunction> = Omit<ReturnType<T>, 'queryKey' | 'queryFn'>;

export type MutationConfig<MutationFnType extends AnyFunction> = UseMutationOptions<
  ApiFnReturnType<MutationFnType>,
  ProblemError,
  Parameters<MutationFnType>[0]
>;
