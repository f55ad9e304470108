import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The organisation's open positions: the ones it may invite to. */
export function useOpenPositions(enabled: boolean) {
  return useQuery({
    queryKey: ['invitations', 'open-positions'],
    enabled,
    queryFn: ({ signal }) =>
      callApi(apiRoutes.positions.mine, { query: { status: 'open', page: 1, pageSize: 100 }, signal }),
  });
}
