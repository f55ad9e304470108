import { apiRoutes, type certificateQueueQuerySchema } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';

export const certificateQueuePageSize = 20;
export const certificateQueueKey = ['bureau', 'certificates'] as const;

export type CertificateQueueFilters = Omit<z.output<typeof certificateQueueQuerySchema>, 'page' | 'pageSize'>;

/** Claimed certificates that need a person (search and filters from the URL), oldest first. */
export function useCertificateQueue(page: number, filters: CertificateQueueFilters) {
  return useQuery({
    queryKey: [...certificateQueueKey, page, filters],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.bureau.certificateQueue, {
        query: { ...filters, page, pageSize: certificateQueuePageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
