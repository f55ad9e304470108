import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { myContactRequestsKey } from './keys';

/** Organisations that asked for the worker's contact details, and the answers given. */
export function useMyContactRequests() {
  return useQuery({
    queryKey: myContactRequestsKey,
    queryFn: ({ signal }) => callApi(apiRoutes.invitations.myContactRequests, { signal }),
  });
}
