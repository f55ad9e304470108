import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const myOrganisationKey = ['organisations', 'mine'] as const;

/** The signed-in organisation account's organisation, or null before one is registered. */
export function useMyOrganisation() {
  return useQuery({
    queryKey: myOrganisationKey,
    queryFn: ({ signal }) => callApi(apiRoutes.organisations.mine, { signal }),
  });
}
