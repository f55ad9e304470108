import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { invitesKey } from './get-invites';

export function useRevokeInvite(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) =>
      callApi(apiRoutes.organisations.revokeInvite, { params: { id: orgId, inviteId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey(orgId) }),
  });
}
