import { apiRoutes, type organisationBulkDecisionBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { verificationQueueKey } from './get-verification-queue';

export type OrganisationBulkDecision = z.input<typeof organisationBulkDecisionBodySchema>;

/** One decision over many organisations; the answer says which were done and which skipped (and why). */
export function useBulkDecideOrganisations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationBulkDecision) => callApi(apiRoutes.organisations.bulkDecide, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: verificationQueueKey }),
  });
}
