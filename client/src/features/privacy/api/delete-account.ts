import { apiRoutes, type deleteAccountBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { endSession } from '../../../lib/session';

export type DeleteAccountBody = z.input<typeof deleteAccountBodySchema>;

/** Deletes the account; the answer says what was erased, anonymised and kept. Every session ends. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DeleteAccountBody) => callApi(apiRoutes.profiles.deleteAccount, { body }),
    onSuccess: () => endSession(queryClient),
  });
}
