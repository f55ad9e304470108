import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from './api-client';

/**
 * Whether this platform sends mail (`up`/`down`), only logs it (`log`, development) or has it
 * off. Sign-up, reset and the address settings say so rather than promise a mail that never comes.
 */
export function useMailDelivery(): 'up' | 'down' | 'log' | 'off' | null {
  const health = useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => callApi(apiRoutes.meta.health, { signal }),
    staleTime: 5 * 60_000,
  });
  return health.data?.mail ?? null;
}
