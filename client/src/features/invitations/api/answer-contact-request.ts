import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { contactRequestsKey } from './keys';

/** Grants or refuses a contact request. */
export function useAnswerContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, grant }: { id: string; grant: boolean }) =>
      callApi(apiRoutes.invitations.answerContactRequest, { params: { id }, body: { grant } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: contactRequestsKey }),
  });
}
