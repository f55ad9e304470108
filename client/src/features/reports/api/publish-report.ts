import { apiRoutes, type Report } from '@shsw/shared';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { reportKey, reportListKey } from './keys';

function storeReport(queryClient: QueryClient, report: Report): void {
  queryClient.setQueryData(reportKey(report.periodId, undefined), report);
  queryClient.setQueryData(reportKey(report.periodId, report.version), report);
  void queryClient.invalidateQueries({ queryKey: reportListKey });
}

/** Publishes a period's report as version 1 (bureau). */
export function usePublishReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { periodId: string; preliminary: boolean }) => callApi(apiRoutes.reports.publish, { body }),
    onSuccess: (report) => storeReport(queryClient, report),
    // Someone else may have published it meanwhile: the list says so after a refetch.
    onError: () => void queryClient.invalidateQueries({ queryKey: reportListKey }),
  });
}

/** Publishes a correction as a new version with a revision note (bureau). */
export function useReviseReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, ...body }: { periodId: string; preliminary: boolean; revisionNote: string }) =>
      callApi(apiRoutes.reports.revise, { params: { periodId }, body }),
    onSuccess: (report) => storeReport(queryClient, report),
  });
}
