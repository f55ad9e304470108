import { type Application, apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { type ApplicationList, positionApplicationsKey } from './keys';

const pageSize = 100;
/** A board shows every application; 20 pages of 100 is far beyond any one post's applicants. */
const maxPages = 20;

/** Every application to one position (the pipeline board), oldest first. */
export function usePositionApplications(positionId: string) {
  return useQuery({
    queryKey: positionApplicationsKey(positionId),
    queryFn: async ({ signal }): Promise<ApplicationList> => {
      const items: Application[] = [];
      let total = 0;
      for (let page = 1; page <= maxPages; page += 1) {
        const answer = await callApi(apiRoutes.applications.forPosition, {
          params: { id: positionId },
          query: { page, pageSize },
          signal,
        });
        items.push(...answer.items);
        total = answer.total;
        if (items.length >= total || answer.items.length === 0) break;
      }
      return { items, total };
    },
    refetchInterval: 60_000,
  });
}
