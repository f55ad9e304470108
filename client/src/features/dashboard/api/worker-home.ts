import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Applications where the worker has something to do or prepare for. */
export const actionStatuses = ['interview', 'offered'] as const;

export function useOwnProfile() {
  return useQuery({
    queryKey: ['dashboard', 'worker', 'profile'],
    queryFn: ({ signal }) => callApi(apiRoutes.profiles.get, { signal }),
  });
}

export function usePendingInvitations() {
  return useQuery({
    queryKey: ['dashboard', 'worker', 'invitations'],
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.invitations.mine, { query: { status: 'pending' }, signal })).items,
  });
}

/** The newest 100 applications: those needing action among them. */
export function useApplicationsNeedingAction() {
  return useQuery({
    queryKey: ['dashboard', 'worker', 'applications'],
    queryFn: async ({ signal }) => {
      const page = await callApi(apiRoutes.applications.mine, { query: { pageSize: 100 }, signal });
      return page.items.filter((a) => (actionStatuses as readonly string[]).includes(a.status));
    },
  });
}

export function useTopMatches() {
  return useQuery({
    queryKey: ['dashboard', 'worker', 'matches'],
    queryFn: async ({ signal }) => (await callApi(apiRoutes.search.myMatches, { query: { limit: 3 }, signal })).items,
    retry: false,
  });
}
