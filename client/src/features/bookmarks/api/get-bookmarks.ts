import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { bookmarksPageKey } from './keys';

export const bookmarksPageSize = 20;

/** One page of the worker's bookmarks, newest first. */
export function useBookmarks(page: number) {
  return useQuery({
    queryKey: bookmarksPageKey(page),
    queryFn: ({ signal }) =>
      callApi(apiRoutes.bookmarks.mine, { query: { page, pageSize: bookmarksPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
