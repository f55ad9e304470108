import { apiRoutes, type applicationMoveBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { storeApplication } from './keys';

export type ApplicationMoveBody = z.input<typeof applicationMoveBodySchema>;

/** Moves an application one step (employer: shortlist … hire or reject; worker: withdraw, accept, decline). */
export function useMoveApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ApplicationMoveBody }) =>
      callApi(apiRoutes.applications.move, { params: { id }, body }),
    onSuccess: (application) => {
      storeApplication(queryClient, application);
      // A hire fills headcount and may fill the position; its counts changed too.
      void queryClient.invalidateQueries({ queryKey: ['positions'] });
    },
  });
}
