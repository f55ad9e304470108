import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const importsKey = ['bureau', 'registry-imports'] as const;
export const importsPageSize = 10;

/** Earlier imports, newest first. */
export function useRegistryImports(page: number) {
  return useQuery({
    queryKey: [...importsKey, page],
    queryFn: ({ signal }) => callApi(apiRoutes.bureau.imports, { query: { page, pageSize: importsPageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
