import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Consents given (privacy notice, ID card) with notice version, time and withdrawal. */
export function useConsents() {
  return useQuery({
    queryKey: ['privacy', 'consents'],
    queryFn: ({ signal }) => callApi(apiRoutes.profiles.consents, { signal }),
  });
}
