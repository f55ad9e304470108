import { apiRoutes, type PositionStatus } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { positionsKey } from './get-position';

export const orgPositionsPageSize = 20;

/** The organisation's positions, newest first, each with its applicants by stage. */
export function useOrgPositions(status: PositionStatus | undefined, page: number) {
  return useQuery({
    queryKey: [...positionsKey, 'org', status ?? 'all', page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.positions.mine, { query: { status, page, pageSize: orgPositionsPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
