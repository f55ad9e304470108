import { apiRoutes, type SalaryGuidance, type salaryGuidanceBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { guidanceKey } from './get-guidance';

export type GuidanceBody = z.input<typeof salaryGuidanceBodySchema>;

/** Enters or corrects one year's guidance (bureau). */
export function useSetSalaryGuidance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: GuidanceBody }) =>
      callApi(apiRoutes.positions.setGuidance, { params: { year }, body }),
    onSuccess: (saved) => {
      queryClient.setQueryData<{ items: SalaryGuidance[] }>(guidanceKey, (old) => ({
        items: [...(old?.items ?? []).filter((g) => g.year !== saved.year), saved].sort((a, b) => b.year - a.year),
      }));
    },
  });
}
