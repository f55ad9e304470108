import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { threadListKey } from './keys';

/**
 * The viewer's threads (a worker's own, or the organisation's), latest first. The header badge is
 * not set from here: a list read when a message arrives can answer before that message is counted,
 * and overwrote the newer count the socket had just given (a badge stayed at 0 in CI).
 */
export function useConversations() {
  return useQuery({
    queryKey: threadListKey,
    queryFn: ({ signal }) => callApi(apiRoutes.conversations.list, { query: { limit: 100 }, signal }),
  });
}

/** The worker's thread about one position, if there is one (the position page's 向机构提问). */
export function useConversationAbout(positionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...threadListKey, 'position', positionId],
    enabled,
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.conversations.list, { query: { positionId, limit: 1 }, signal })).items[0] ?? null,
  });
}
