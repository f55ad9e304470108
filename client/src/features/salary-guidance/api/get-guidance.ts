import { apiRoutes, type SalaryGuidance } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const guidanceKey = ['salary-guidance'] as const;

/** Every published year's salary guidance, newest first. */
export function useSalaryGuidance() {
  return useQuery({
    queryKey: guidanceKey,
    queryFn: ({ signal }) => callApi(apiRoutes.positions.guidanceYears, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The guidance in force in `year`: that year's, or the latest published before it. */
export function guidanceInForce(items: readonly SalaryGuidance[], year: number): SalaryGuidance | null {
  return [...items].sort((a, b) => b.year - a.year).find((g) => g.year <= year) ?? null;
}
