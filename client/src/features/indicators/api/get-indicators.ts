import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { dashboardKey } from './keys';

/** The plan's eight indicators as computed now (public). */
export function useIndicators() {
  return useQuery({
    queryKey: dashboardKey,
    queryFn: ({ signal }) => callApi(apiRoutes.reports.indicators, { signal }),
  });
}
