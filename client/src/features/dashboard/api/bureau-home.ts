import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** A review queue at a glance: how many wait, and since when the oldest has. */
export interface QueueSummary {
  total: number;
  oldestAt: string | null;
}

export function usePendingOrganisations() {
  return useQuery({
    queryKey: ['dashboard', 'bureau', 'organisations'],
    queryFn: async ({ signal }): Promise<QueueSummary> => {
      // Oldest first: the first item is the one waiting longest.
      const page = await callApi(apiRoutes.organisations.queue, { query: { status: 'pending', pageSize: 1 }, signal });
      return { total: page.total, oldestAt: page.items[0]?.createdAt ?? null };
    },
  });
}

export function useCertificateQueue() {
  return useQuery({
    queryKey: ['dashboard', 'bureau', 'certificates'],
    queryFn: async ({ signal }): Promise<QueueSummary> => {
      const page = await callApi(apiRoutes.bureau.certificateQueue, { query: { pageSize: 1 }, signal });
      return { total: page.total, oldestAt: page.items[0]?.claimedAt ?? null };
    },
  });
}

export function useConversationReports() {
  return useQuery({
    queryKey: ['dashboard', 'bureau', 'conversationReports'],
    queryFn: async ({ signal }): Promise<QueueSummary> => {
      const { items } = await callApi(apiRoutes.conversations.bureauReports, { signal });
      const oldest = items.map((item) => item.at).sort()[0];
      return { total: items.length, oldestAt: oldest ?? null };
    },
  });
}

/** The release calendar's periods that are not published yet, earliest planned date first. */
export function useUnpublishedPeriods() {
  return useQuery({
    queryKey: ['dashboard', 'bureau', 'calendar'],
    queryFn: async ({ signal }) => {
      const { calendar } = await callApi(apiRoutes.reports.list, { signal });
      return calendar.filter((entry) => !entry.published).sort((a, b) => a.date.localeCompare(b.date));
    },
  });
}

export function useLatestImport() {
  return useQuery({
    queryKey: ['dashboard', 'bureau', 'latestImport'],
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.bureau.imports, { query: { pageSize: 1 }, signal })).items[0] ?? null,
  });
}
