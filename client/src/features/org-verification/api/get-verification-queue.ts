import { apiRoutes, type OrganisationStatus } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export type VerificationStatus = OrganisationStatus;
export const verificationQueuePageSize = 20;

export const verificationQueueKey = ['bureau', 'organisations'] as const;

/** Organisations by verification status, oldest first. */
export function useVerificationQueue(status: VerificationStatus, page: number) {
  return useQuery({
    queryKey: [...verificationQueueKey, status, page],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.organisations.queue, { query: { status, page, pageSize: verificationQueuePageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}
