import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const usersKey = ['admin', 'users'] as const;
export const usersPageSize = 20;

/** Accounts, searched by name or login. */
export function useUsers(q: string, page: number) {
  return useQuery({
    queryKey: [...usersKey, q, page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.bureau.users, { query: { q: q || undefined, page, pageSize: usersPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
