import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { feedsKey, markReadInFeeds, unreadKey } from './keys';

/** Marks one notification read; lists and the badge follow. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiRoutes.notifications.read, { params: { id } }),
    // A list read in flight (the drawer opening, a reconnect) answers with the old state after
    // this has marked the item read; it is cancelled so it cannot overwrite that.
    onMutate: () => queryClient.cancelQueries({ queryKey: feedsKey }),
    onSuccess: ({ unread }, id) => {
      markReadInFeeds(queryClient, [id], new Date().toISOString());
      queryClient.setQueryData(unreadKey, unread);
      // And the lists are read again from now on: a read that started after the cancel above
      // would otherwise still answer with the old state (CI saw the item stay unread).
      void queryClient.invalidateQueries({ queryKey: feedsKey });
    },
  });
}

/** Marks every notification read. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.notifications.readAll),
    onMutate: () => queryClient.cancelQueries({ queryKey: feedsKey }),
    onSuccess: ({ unread }) => {
      markReadInFeeds(queryClient, null, new Date().toISOString());
      queryClient.setQueryData(unreadKey, unread);
      void queryClient.invalidateQueries({ queryKey: feedsKey });
    },
  });
}
