import { apiRoutes, type SignInBody } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => callApi(apiRoutes.auth.signIn, { body }),
    onSuccess: (answer) => startSession(queryClient, answer),
  });
}
