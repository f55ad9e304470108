import { apiRoutes, type SalaryGuidance } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** Every published year's salary guidance (public), to read a report's salary percentiles against. */
export function useGuidanceYears() {
  return useQuery({
    queryKey: ['salary-guidance'],
    queryFn: ({ signal }) => callApi(apiRoutes.positions.guidanceYears, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The guidance in force in `year`: that year's, or the latest published before it. */
export function guidanceForYear(items: readonly SalaryGuidance[], year: number): SalaryGuidance | null {
  return [...items].sort((a, b) => b.year - a.year).find((g) => g.year <= year) ?? null;
}
