import { apiRoutes, type EmailStatus, type Locale } from '@shsw/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';

export const emailStatusKey = ['account', 'email'] as const;

export function useEmailStatus() {
  return useQuery({
    queryKey: emailStatusKey,
    queryFn: ({ signal }) => callApi(apiRoutes.account.emailStatus, { signal }),
  });
}

/** The address state shows in the header's session too: both are read again after a change. */
function useRefreshAddress() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: emailStatusKey }),
      queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
    ]);
}

export function useResendVerification() {
  const refresh = useRefreshAddress();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.account.resendVerification),
    onSuccess: () => refresh(),
  });
}

export function useChangeEmail() {
  const refresh = useRefreshAddress();
  return useMutation({
    mutationFn: (body: { email: string; currentPassword: string }) => callApi(apiRoutes.account.changeEmail, { body }),
    onSuccess: () => refresh(),
  });
}

export function useVerifyEmail() {
  const refresh = useRefreshAddress();
  return useMutation({
    mutationFn: (token: string) => callApi(apiRoutes.account.verifyEmail, { body: { token } }),
    onSuccess: () => refresh(),
  });
}

export function useConfirmEmailChange() {
  const refresh = useRefreshAddress();
  return useMutation({
    mutationFn: (token: string) => callApi(apiRoutes.account.confirmEmailChange, { body: { token } }),
    onSuccess: () => refresh(),
  });
}

/** The language mail is written in follows the one chosen in the header. */
export function useSetMailLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Locale) => callApi(apiRoutes.account.setLanguage, { body: { language } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}

export type { EmailStatus };
