import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/** Follows the sign-up link: the account is created and this browser signed in. */
export function useConfirmSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => callApi(apiRoutes.account.confirmSignUp, { body: { token } }),
    onSuccess: (answer) => startSession(queryClient, answer),
  });
}
