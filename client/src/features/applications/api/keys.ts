import type { Application } from '@shsw/shared';
import type { QueryClient } from '@tanstack/react-query';

export const applicationsKey = ['applications'] as const;
export const myApplicationsKey = [...applicationsKey, 'mine'] as const;
export const positionApplicationsKey = (positionId: string) => [...applicationsKey, 'position', positionId] as const;
export const applicationKey = (id: string) => [...applicationsKey, 'one', id] as const;

/** A list of applications as cached: every page read, in one array. */
export interface ApplicationList {
  items: Application[];
  total: number;
}

/** Puts a fresh copy of an application everywhere it is cached, so board, drawer and list agree at once. */
export function storeApplication(queryClient: QueryClient, application: Application): void {
  queryClient.setQueryData(applicationKey(application.id), (old: Application | undefined) =>
    // A list item carries no private notes for the worker; keep what the single read had.
    old ? { ...old, ...application } : application,
  );
  const replace = (old: ApplicationList | undefined) =>
    old && { ...old, items: old.items.map((a) => (a.id === application.id ? { ...a, ...application } : a)) };
  queryClient.setQueryData(positionApplicationsKey(application.positionId), replace);
  queryClient.setQueryData(myApplicationsKey, replace);
}
