import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const positionsKey = ['positions'] as const;
export const positionKey = (id: string) => [...positionsKey, 'one', id] as const;

/** One position: public once published; drafts only for the posting organisation. */
export function usePosition(id: string) {
  return useQuery({
    queryKey: positionKey(id),
    queryFn: ({ signal }) => callApi(apiRoutes.positions.get, { params: { id }, signal }),
  });
}
