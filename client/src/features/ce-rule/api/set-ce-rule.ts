import { apiRoutes, type ceRuleSchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { ceRuleKey } from './get-ce-rule';

export type CeRule = z.input<typeof ceRuleSchema>;

export function useSetCeRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CeRule) => callApi(apiRoutes.bureau.setCeRule, { body }),
    onSuccess: (rule) => queryClient.setQueryData(ceRuleKey, rule),
  });
}
