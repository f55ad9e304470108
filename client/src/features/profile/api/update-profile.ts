import { apiRoutes, type UpdateProfileBody } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { profileQueryKey } from './get-profile';

/** Replaces only the sections in the body; the answer is the whole record with fresh badges. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => callApi(apiRoutes.profiles.update, { body }),
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}
