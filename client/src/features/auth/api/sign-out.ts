import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { endSession } from '../../../lib/session';

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.auth.signOut),
    // Signed out on the server or not (the session may have ended already), nothing of it stays here.
    onSettled: () => endSession(queryClient),
  });
}
