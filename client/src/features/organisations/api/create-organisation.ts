import { apiRoutes, type CreateOrganisationBody } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { myOrganisationKey } from './get-my-organisation';

/** Registers the organisation; the caller becomes its owner and it waits for the bureau's review. */
export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationBody) => callApi(apiRoutes.organisations.create, { body }),
    onSuccess: (organisation) => {
      queryClient.setQueryData(myOrganisationKey, { organisation });
      // The account now has an organisation and is its owner.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
