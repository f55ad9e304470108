import { apiRoutes, type updateOrganisationBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { myOrganisationKey } from './get-my-organisation';

export type UpdateOrganisationBody = z.input<typeof updateOrganisationBodySchema>;

/** Changes details or staff figures (owner); a rejected organisation goes back to the review queue. */
export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationBody) => callApi(apiRoutes.organisations.update, { params: { id }, body }),
    onSuccess: (organisation) => queryClient.setQueryData(myOrganisationKey, { organisation }),
  });
}
