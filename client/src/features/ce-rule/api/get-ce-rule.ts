import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const ceRuleKey = ['ce-rule'] as const;

/** The continuing-education rule in force. */
export function useCeRule() {
  return useQuery({ queryKey: ceRuleKey, queryFn: ({ signal }) => callApi(apiRoutes.bureau.getCeRule, { signal }) });
}
