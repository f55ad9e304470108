import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** What closing would do now: positions closed, applications ended, memberships ended (owner). */
export function useClosurePreview(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', orgId, 'closure'],
    queryFn: ({ signal }) => callApi(apiRoutes.organisations.closurePreview, { params: { id: orgId }, signal }),
    enabled,
    staleTime: 0,
  });
}
