import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { contactRequestsKey } from './keys';

/** Asks a worker to let the organisation see their contact details. */
export function useRequestContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { profileId: string; note: string }) => callApi(apiRoutes.invitations.requestContact, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactRequestsKey }),
  });
}
