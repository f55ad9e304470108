import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { savedSearchesKey } from './keys';

/** The worker's saved position searches, oldest first. */
export function useSavedSearches(enabled = true) {
  return useQuery({
    queryKey: savedSearchesKey,
    queryFn: ({ signal }) => callApi(apiRoutes.notifications.savedSearches, { signal }),
    enabled,
  });
}
