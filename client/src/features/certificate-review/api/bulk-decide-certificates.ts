import { apiRoutes, type certificateBulkDecisionBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { certificateQueueKey } from './get-certificate-queue';

export type CertificateBulkDecision = z.input<typeof certificateBulkDecisionBodySchema>;

/** One decision over many claims; the answer says which were done and which skipped (and why). */
export function useBulkDecideCertificates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificateBulkDecision) => callApi(apiRoutes.bureau.bulkDecideCertificates, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: certificateQueueKey }),
  });
}
