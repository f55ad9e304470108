import { apiRoutes, type RegistryImport } from '@shsw/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callApi } from '../../../lib/api-client';
import { importsKey } from './get-imports';

export const importKey = (id: string) => ['bureau', 'registry-import', id] as const;

export function isFinished(status: RegistryImport['status']): boolean {
  return status === 'done' || status === 'failed';
}

/**
 * One import, asked again until it is `done` or `failed`: every second without the live channel,
 * every ten seconds with it (the channel brings each step; polling only covers a missed one).
 */
export function useRegistryImport(id: string | null, live: boolean) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: ({ signal }) => callApi(apiRoutes.bureau.getImport, { params: { id: id ?? '' }, signal }),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data && isFinished(q.state.data.status) ? false : live ? 10_000 : 1_000),
    staleTime: 0,
  });
  const finished = query.data ? isFinished(query.data.status) : false;
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: importsKey });
  }, [finished, queryClient]);
  return query;
}
