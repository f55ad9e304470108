import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { certificateQueueKey } from './get-certificate-queue';

/** One waiting claim with the worker's facts (masked) and its history, for the detail drawer. */
export function useCertificateDetail(ref: { profileId: string; certificateId: string } | null) {
  return useQuery({
    queryKey: [...certificateQueueKey, 'detail', ref?.profileId, ref?.certificateId],
    queryFn: ({ signal }) =>
      callApi(apiRoutes.bureau.certificateDetail, {
        params: { profileId: ref?.profileId ?? '', certificateId: ref?.certificateId ?? '' },
        signal,
      }),
    enabled: ref !== null,
  });
}
