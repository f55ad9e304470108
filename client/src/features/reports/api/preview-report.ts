import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { previewKey } from './keys';

/** Draft figures for a period, computed from the data as it stands now (bureau). */
export function usePreviewReport(periodId: string | null) {
  return useQuery({
    queryKey: previewKey(periodId ?? ''),
    queryFn: ({ signal }) => callApi(apiRoutes.reports.preview, { query: { periodId: periodId ?? '' }, signal }),
    enabled: periodId !== null,
    staleTime: 0,
  });
}
