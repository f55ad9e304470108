import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Ranked candidates for one of the organisation's positions, each with its score and reasons. */
export function usePositionMatches(positionId: string, limit: number) {
  return useQuery({
    queryKey: ['matches', 'position', positionId, limit],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.search.positionMatches, { params: { id: positionId }, query: { limit }, signal }),
    placeholderData: keepPreviousData,
  });
}
