import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { invitesKey } from './get-invites';

/** A one-time code to share with a recruiter; the whole code is in this answer only. */
export function useCreateInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.organisations.createInvite, { params: { id: orgId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey(orgId) }),
  });
}
