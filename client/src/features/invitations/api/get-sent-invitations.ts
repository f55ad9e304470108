import { apiRoutes, type InvitationStatus } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { sentInvitationsKey } from './keys';

export interface SentInvitationsFilter {
  page: number;
  status?: InvitationStatus | undefined;
  positionId?: string | undefined;
  profileId?: string | undefined;
}

/** The invitations the organisation sent, newest first, one page at a time. */
export function useSentInvitations(filter: SentInvitationsFilter) {
  return useQuery({
    queryKey: [...sentInvitationsKey, filter],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      callApi(apiRoutes.invitations.sent, {
        query: {
          page: filter.page,
          pageSize: 20,
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.positionId ? { positionId: filter.positionId } : {}),
          ...(filter.profileId ? { profileId: filter.profileId } : {}),
        },
        signal,
      }),
  });
}
