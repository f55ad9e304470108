import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const auditPageSize = 30;

/** The audit log, newest first, optionally only one action. */
export function useAuditLog(action: string, page: number) {
  return useQuery({
    queryKey: ['admin', 'audit', action, page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.bureau.audit, {
        query: { action: action || undefined, page, pageSize: auditPageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
