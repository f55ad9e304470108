import { apiRoutes, type SignUpBody } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignUpBody) => callApi(apiRoutes.auth.signUp, { body }),
    onSuccess: (answer) => startSession(queryClient, answer),
  });
}
