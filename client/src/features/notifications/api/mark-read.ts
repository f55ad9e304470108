import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { markReadInFeeds, unreadKey } from './keys';

/** Marks one notification read; lists and the badge follow. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiRoutes.notifications.read, { params: { id } }),
    onSuccess: ({ unread }, id) => {
      markReadInFeeds(queryClient, [id], new Date().toISOString());
      queryClient.setQueryData(unreadKey, unread);
    },
  });
}

/** Marks every notification read. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.notifications.readAll),
    onSuccess: ({ unread }) => {
      markReadInFeeds(queryClient, null, new Date().toISOString());
      queryClient.setQueryData(unreadKey, unread);
    },
  });
}
