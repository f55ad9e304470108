import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export function useMyOrganisation() {
  return useQuery({
    queryKey: ['dashboard', 'org', 'organisation'],
    queryFn: async ({ signal }) => (await callApi(apiRoutes.organisations.mine, { signal })).organisation,
  });
}

/** The organisation's newest 100 positions, with their applicants by stage. */
export function useOrgPositions(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'org', 'positions'],
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.positions.mine, { query: { pageSize: 100 }, signal })).items,
    enabled,
  });
}

/** The newest 100 invitations the organisation sent. */
export function useSentInvitations(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'org', 'invitations'],
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.invitations.sent, { query: { pageSize: 100 }, signal })).items,
    enabled,
  });
}
