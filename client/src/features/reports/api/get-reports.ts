import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { reportListKey } from './keys';

/** Published reports (latest version of each, newest period first) and the release calendar. */
export function useReports() {
  return useQuery({
    queryKey: reportListKey,
    queryFn: ({ signal }) => callApi(apiRoutes.reports.list, { signal }),
  });
}
