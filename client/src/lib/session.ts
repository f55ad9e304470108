import { apiRoutes, type Role, type SessionUser } from '@shsw/shared';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi, resetCsrfToken, setCsrfToken } from './api-client';

/**
 * The signed-in account lives here rather than in a feature because the header, the route
 * guards and several features read it (bulletproof-react keeps `useUser` in lib/auth too).
 */
export const sessionQueryKey = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: ({ signal }) => callApi(apiRoutes.auth.me, { signal }),
  staleTime: 5 * 60_000,
});

export interface Session {
  /** Null while the first answer is awaited, and when signed out. */
  user: SessionUser | null;
  isPending: boolean;
  isError: boolean;
}

/** The signed-in account from `GET /api/auth/me`, cached; null when signed out. */
export function useSession(): Session {
  const query = useQuery(sessionQuery);
  return { user: query.data?.user ?? null, isPending: query.isPending, isError: query.isError };
}

/**
 * After sign-in, sign-up or a password change: drops everything cached for the previous
 * session, stores the new account and the CSRF token bound to the new session.
 */
export function startSession(queryClient: QueryClient, answer: { user: SessionUser; csrfToken: string }): void {
  setCsrfToken(answer.csrfToken);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, { user: answer.user });
}

/** Same account, new session (a password change): keeps cached data, takes the new CSRF token. */
export function renewSession(queryClient: QueryClient, answer: { user: SessionUser; csrfToken: string }): void {
  setCsrfToken(answer.csrfToken);
  queryClient.setQueryData(sessionQueryKey, { user: answer.user });
}

/** After sign-out or account deletion: nothing of the old session stays in memory. */
export function endSession(queryClient: QueryClient): void {
  resetCsrfToken();
  queryClient.clear();
  queryClient.setQueryData(sessionQueryKey, { user: null });
}

export function hasRole(user: SessionUser | null, roles: readonly Role[]): boolean {
  return user !== null && roles.includes(user.role);
}

/** Where a role starts after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'worker':
      return '/me/profile';
    case 'org':
      return '/org';
    case 'bureau':
      return '/bureau/organisations';
    case 'admin':
      return '/admin/users';
  }
}

/** A `next` target from the URL, only when it is a path on this site (never `//host` or `https:`). */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
