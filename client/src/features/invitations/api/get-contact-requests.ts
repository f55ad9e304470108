import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { orgContactRequestsKey } from './keys';

/** The organisation's contact requests (all, or those about one worker). */
export function useContactRequests(filter: { page: number; profileId?: string | undefined }) {
  return useQuery({
    queryKey: [...orgContactRequestsKey, filter],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      callApi(apiRoutes.invitations.contactRequests, {
        query: { page: filter.page, pageSize: 20, ...(filter.profileId ? { profileId: filter.profileId } : {}) },
        signal,
      }),
  });
}
