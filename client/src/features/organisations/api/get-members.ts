import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const membersKey = (orgId: string) => ['organisations', orgId, 'members'] as const;

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: membersKey(orgId),
    queryFn: ({ signal }) => callApi(apiRoutes.organisations.members, { params: { id: orgId }, signal }),
  });
}
