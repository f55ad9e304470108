import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { membersKey } from './get-members';

/** Hands the organisation to a recruiter; the owner becomes a recruiter. */
export function useTransferOwnership(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      callApi(apiRoutes.organisations.transferOwnership, { params: { id: orgId }, body: { userId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: membersKey(orgId) });
      // The caller's own role changed.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
