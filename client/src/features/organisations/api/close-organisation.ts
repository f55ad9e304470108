import { apiRoutes, type closeOrganisationBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { myOrganisationKey } from './get-my-organisation';

export type CloseOrganisationBody = z.input<typeof closeOrganisationBodySchema>;

/** Closes the organisation for good; the account stays, without an organisation. */
export function useCloseOrganisation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CloseOrganisationBody) =>
      callApi(apiRoutes.organisations.close, { params: { id: orgId }, body }),
    onSuccess: () => {
      queryClient.setQueryData(myOrganisationKey, { organisation: null });
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
