import { apiRoutes } from '@shsw/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The applicant's unmasked contact details; each reveal is recorded and shown to the applicant. */
export function useRevealContact(id: string) {
  return useMutation({ mutationFn: () => callApi(apiRoutes.applications.contact, { params: { id } }) });
}
