import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { invitationsKey } from './keys';

/** Withdraws a pending invitation the organisation sent. */
export function useWithdrawInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiRoutes.invitations.withdraw, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
