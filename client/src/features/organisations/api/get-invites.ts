import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const invitesKey = (orgId: string) => ['organisations', orgId, 'invites'] as const;

/** Open and accepted invitations; listed codes carry only their last four characters. */
export function useInvites(orgId: string) {
  return useQuery({
    queryKey: invitesKey(orgId),
    queryFn: ({ signal }) => callApi(apiRoutes.organisations.invites, { params: { id: orgId }, signal }),
  });
}
