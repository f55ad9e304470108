import { apiRoutes } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const certificateQueuePageSize = 20;
export const certificateQueueKey = ['bureau', 'certificates'] as const;

/** Claimed certificates the registry could not verify, oldest first. */
export function useCertificateQueue(page: number) {
  return useQuery({
    queryKey: [...certificateQueueKey, page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.bureau.certificateQueue, { query: { page, pageSize: certificateQueuePageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
