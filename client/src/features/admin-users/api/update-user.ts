import { type adminUpdateUserBodySchema, apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { usersKey } from './get-users';

export type AdminUserChange = z.input<typeof adminUpdateUserBodySchema>;

/** Changes a role or disables an account (audited; a disabled account is signed out everywhere). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: AdminUserChange }) =>
      callApi(apiRoutes.bureau.updateUser, { params: { id }, body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
