import { apiRoutes, type certificateDecisionBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { certificateQueueKey } from './get-certificate-queue';

export type CertificateDecision = z.input<typeof certificateDecisionBodySchema>;

/** Verify a claimed certificate by hand, or refuse it with a reason the worker will read. */
export function useDecideCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CertificateDecision) => callApi(apiRoutes.bureau.decideCertificate, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: certificateQueueKey }),
  });
}
