import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Open positions ranked for the worker's record with reasons, or (not personalised) simply the newest. */
export function useMyMatches(personalised: boolean, limit: number) {
  return useQuery({
    queryKey: ['matches', 'me', personalised, limit],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.search.myMatches, {
        query: { limit, personalised: personalised ? 'true' : 'false' },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
