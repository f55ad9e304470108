import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const organisationPageSize = 10;

/** A verified organisation's public page with one page of its open positions. */
export function useOrganisationPage(id: string, page: number) {
  return useQuery({
    queryKey: ['organisations', 'public', id, page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.organisations.publicPage, {
        params: { id },
        query: { page, pageSize: organisationPageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
