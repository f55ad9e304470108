import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { myInvitationsKey } from './keys';

/** The worker's invitations, newest first, each with how the position fits their record. */
export function useMyInvitations() {
  return useQuery({
    queryKey: myInvitationsKey,
    queryFn: ({ signal }) => callApi(apiRoutes.invitations.mine, { query: {}, signal }),
  });
}
