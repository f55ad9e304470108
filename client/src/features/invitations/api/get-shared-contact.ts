import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { sharedContactKey } from './keys';

/** The worker's contact details, read only when asked for: each read is audited and shown to the worker. */
export function useSharedContact(profileId: string, enabled: boolean) {
  return useQuery({
    queryKey: sharedContactKey(profileId),
    enabled,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: ({ signal }) => callApi(apiRoutes.invitations.sharedContact, { params: { id: profileId }, signal }),
  });
}
