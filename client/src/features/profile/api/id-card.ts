import { apiRoutes, type idCardBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { profileQueryKey } from './get-profile';

export type IdCardBody = z.input<typeof idCardBodySchema>;

/** Stores the ID number with its separate consent; only the masked number comes back. */
export function useSetIdCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IdCardBody) => callApi(apiRoutes.profiles.setIdCard, { body }),
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}

/** Withdraws the consent; the server deletes the number. */
export function useRemoveIdCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.profiles.removeIdCard),
    onSuccess: (profile) => queryClient.setQueryData(profileQueryKey, profile),
  });
}
