import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { invitationsKey } from './keys';

/** Declines an invitation, with a reason the organisation reads (may be empty). */
export function useDeclineInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      callApi(apiRoutes.invitations.decline, { params: { id }, body: { reason } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
