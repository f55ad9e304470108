import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { contactRequestsKey } from './keys';

/** Withdraws a grant: the organisation no longer sees the contact details. */
export function useWithdrawContactGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiRoutes.invitations.withdrawContactGrant, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactRequestsKey }),
  });
}
