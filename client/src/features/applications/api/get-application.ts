import { apiRoutes } from '@shsw/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { applicationKey, storeApplication } from './keys';

/**
 * One application with its masked record, timeline and private notes. The employer's first
 * read marks a submitted application viewed; the board's copy is updated with it.
 */
export function useApplication(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: applicationKey(id ?? ''),
    enabled: id !== null,
    queryFn: async ({ signal }) => {
      const application = await callApi(apiRoutes.applications.get, { params: { id: id ?? '' }, signal });
      storeApplication(queryClient, application);
      return application;
    },
  });
}
