import { type Application, apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { type ApplicationList, myApplicationsKey } from './keys';

const pageSize = 100;
const maxPages = 10;

/** The worker's applications, newest first, each with its timeline. */
export function useMyApplications(enabled = true) {
  return useQuery({
    queryKey: myApplicationsKey,
    enabled,
    queryFn: async ({ signal }): Promise<ApplicationList> => {
      const items: Application[] = [];
      let total = 0;
      for (let page = 1; page <= maxPages; page += 1) {
        const answer = await callApi(apiRoutes.applications.mine, { query: { page, pageSize }, signal });
        items.push(...answer.items);
        total = answer.total;
        if (items.length >= total || answer.items.length === 0) break;
      }
      return { items, total };
    },
  });
}
