import { apiRoutes, type OrganisationStatus, type organisationQueueQuerySchema } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';

export type VerificationStatus = OrganisationStatus;
export const verificationQueuePageSize = 20;

export const verificationQueueKey = ['bureau', 'organisations'] as const;

export type VerificationFilters = Omit<z.output<typeof organisationQueueQuerySchema>, 'page' | 'pageSize' | 'status'>;

/** Organisations by verification status (searched and filtered), oldest first. */
export function useVerificationQueue(status: VerificationStatus, page: number, filters: VerificationFilters = {}) {
  return useQuery({
    queryKey: [...verificationQueueKey, status, page, filters],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.organisations.queue, {
        query: { ...filters, status, page, pageSize: verificationQueuePageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
