import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error';
import { sessionQueryKey } from '../lib/session';

/** Retries only what may succeed on a second try: unreachable server, 5xx, rate limits. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  // The session ended elsewhere (expired, signed out in another tab, disabled by an admin):
  // ask who is signed in again, so the route guards send the person to sign in. No UI here.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'unauthenticated') {
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
