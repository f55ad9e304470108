import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { reportKey } from './keys';

/** A published report: the latest version, or the one asked for. */
export function useReport(periodId: string, version: number | undefined) {
  return useQuery({
    queryKey: reportKey(periodId, version),
    queryFn: ({ signal }) =>
      callApi(apiRoutes.reports.get, { params: { periodId }, query: version ? { version } : {}, signal }),
    // A published version never changes; only "latest" can move on.
    staleTime: version ? Number.POSITIVE_INFINITY : 60_000,
  });
}

/** Where a version's downloads are. */
export function exportHref(periodId: string, format: 'xlsx' | 'csv', version: number): string {
  const path = format === 'xlsx' ? apiRoutes.reports.xlsx.path : apiRoutes.reports.csv.path;
  return `${path.replace(':periodId', encodeURIComponent(periodId))}?version=${version}`;
}
