import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { conversationsKey } from './keys';

/** Threads reported to the bureau, newest first. */
export function useConversationReports() {
  return useQuery({
    queryKey: [...conversationsKey, 'reports'],
    queryFn: ({ signal }) => callApi(apiRoutes.conversations.bureauReports, { signal }),
  });
}

/** One report and its thread's messages (the server audits each reading). */
export function useConversationReport(id: string | null) {
  return useQuery({
    queryKey: [...conversationsKey, 'reports', id],
    enabled: id !== null,
    queryFn: ({ signal }) => callApi(apiRoutes.conversations.bureauReport, { params: { id: id ?? '' }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
