import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { myApplicationsKey } from './keys';

/** Applies to an open position, once. */
export function useApply(positionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => callApi(apiRoutes.applications.apply, { params: { id: positionId }, body: { note } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myApplicationsKey }),
  });
}
