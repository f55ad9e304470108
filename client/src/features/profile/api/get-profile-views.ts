import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const profileViewsPageSize = 20;

/** Who viewed the profile or revealed its contact details, newest first. */
export function useProfileViews(page: number) {
  return useQuery({
    queryKey: ['profile', 'views', page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.profiles.views, { query: { page, pageSize: profileViewsPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
