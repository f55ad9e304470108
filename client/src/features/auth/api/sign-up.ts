import { apiRoutes, type SignUpBody } from '@shsw/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Asks for an account: the answer is always "check your mailbox"; the link in the mail creates it. */
export function useSignUp() {
  return useMutation({ mutationFn: (body: SignUpBody) => callApi(apiRoutes.auth.signUp, { body }) });
}
