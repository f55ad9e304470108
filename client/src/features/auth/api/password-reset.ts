import { apiRoutes, type Locale } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: { login: string; language: Locale }) =>
      callApi(apiRoutes.account.requestPasswordReset, { body }),
  });
}

/** Sets the new password from the mailed link; every other session has ended, this browser is signed in. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { token: string; newPassword: string }) => callApi(apiRoutes.account.resetPassword, { body }),
    onSuccess: (answer) => startSession(queryClient, answer),
  });
}
