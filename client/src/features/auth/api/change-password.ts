import { apiRoutes, type changePasswordBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { renewSession } from '../../../lib/session';

export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;

/** Every other session of the account ends; this one continues with a new CSRF token. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => callApi(apiRoutes.auth.changePassword, { body }),
    onSuccess: (answer) => renewSession(queryClient, answer),
  });
}
