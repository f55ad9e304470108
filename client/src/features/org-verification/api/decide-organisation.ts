import { apiRoutes, type verificationDecisionBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { verificationQueueKey } from './get-verification-queue';

export type VerificationDecision = z.input<typeof verificationDecisionBodySchema>;

/** Verify an organisation, or reject it with a reason the organisation will read. */
export function useDecideOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: VerificationDecision }) =>
      callApi(apiRoutes.organisations.decide, { params: { id }, body: decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: verificationQueueKey }),
  });
}
