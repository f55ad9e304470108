import { apiRoutes, type DenominatorCode, type denominatorBodySchema } from '@shsw/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { dashboardKey, denominatorsKey } from './keys';

export type DenominatorBody = z.output<typeof denominatorBodySchema>;

/** Every denominator entry the bureau made, newest first (bureau). */
export function useDenominators() {
  return useQuery({
    queryKey: denominatorsKey,
    queryFn: ({ signal }) => callApi(apiRoutes.reports.denominators, { signal }),
  });
}

/** Enters a new value for a denominator; earlier entries stay in its history. */
export function useSetDenominator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: DenominatorCode; body: DenominatorBody }) =>
      callApi(apiRoutes.reports.setDenominator, { params: { code }, body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: denominatorsKey });
      void queryClient.invalidateQueries({ queryKey: dashboardKey });
    },
  });
}
