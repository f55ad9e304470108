import { apiRoutes, type CreateInvitationBody } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { invitationsKey } from './keys';

/** Invites a worker to apply to one of the organisation's open positions. */
export function useSendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => callApi(apiRoutes.invitations.send, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}
