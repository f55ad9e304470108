import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { invitationQuotaKey } from './keys';

/** Today's invitations against the organisation's daily quota. */
export function useInvitationQuota(enabled = true) {
  return useQuery({
    queryKey: invitationQuotaKey,
    enabled,
    queryFn: ({ signal }) => callApi(apiRoutes.invitations.quota, { signal }),
  });
}
