import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { paths } from '@/config/paths';

import { api, send } from './api/client';
import type { BodyOf, ResponseOf } from './api/types';
import { can, type Permission } from './authorization';
import type { ProblemError } from './problem';
import { sessionStore, type SessionState } from './session';

export type LogInRequest = BodyOf<'/api/auth/token', 'post'>;
export type TokenResponse = ResponseOf<'/api/auth/token', 'post'>;
export type Me = ResponseOf<'/api/org/me', 'get'>;

export async function logIn(body: LogInRequest): Promise<TokenResponse> {
  const token = await send(api.POST('/api/auth/token', { body }));
  sessionStore.start({
    accessToken: token.accessToken,
    expiresAt: token.expiresAt,
    userId: token.userId,
    email: token.email,
    displayName: token.displayName,
    roles: token.roles,
  });
  return token;
}

export const useLogIn = () => useMutation<TokenResponse, ProblemError, LogInRequest>({ mutationFn: logIn });

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}

export const meQueryKey = ['org', 'me'] as const;

export const getMe = (): Promise<Me> => send(api.GET('/api/org/me'));

export const getMeQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000 });

/** The signed-in person as the server knows them now (roles included): the menu is built from it. */
export const useMe = () => useQuery(getMeQueryOptions());

/** The roles to decide by: the server's current answer, else the ones the token was issued with. */
export function useRoles(): readonly string[] {
  const me = useQuery({ ...getMeQueryOptions(), enabled: false });
  const { session } = useSession();
  return me.data?.roles ?? session?.roles ?? [];
}

export function useCan(permission: Permission): boolean {
  return can(useRoles(), permission);
}

export function useLogOut(): () => void {
  const queryClient = useQueryClient();
  return () => {
    sessionStore.end('signedOut');
    queryClient.clear();
  };
}

/** Renders its children only in a session; otherwise sends the person to the login page and back. */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) {
    const redirectTo = `${location.pathname}${location.search}`;
    return <Navigate to={paths.login.getHref(redirectTo)} replace />;
  }
  return children;
}
