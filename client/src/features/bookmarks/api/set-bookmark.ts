import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { bookmarksKey } from './keys';

/** Bookmarks a position or removes the bookmark; the list and the marks on search and 为我推荐 follow. */
export function useSetBookmark() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ positionId, on }: { positionId: string; on: boolean }): Promise<{ bookmarked: boolean }> =>
      on
        ? callApi(apiRoutes.bookmarks.put, { params: { positionId } })
        : callApi(apiRoutes.bookmarks.remove, { params: { positionId } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: bookmarksKey });
      // Search results and recommendations carry the mark: read them again when next shown.
      void queryClient.invalidateQueries({ queryKey: ['search', 'positions'], refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['matches', 'me'], refetchType: 'none' });
    },
  });
}
