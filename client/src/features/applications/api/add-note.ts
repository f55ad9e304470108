import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { storeApplication } from './keys';

/** A private note on an application; the applicant never sees it. */
export function useAddNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => callApi(apiRoutes.applications.addNote, { params: { id }, body: { text } }),
    onSuccess: (application) => storeApplication(queryClient, application),
  });
}
