import { apiRoutes } from '@shsw/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

const quotaSettingKey = ['invitations', 'quota-setting'] as const;

/** The bureau's daily invitation quota per organisation. */
export function useInvitationQuotaSetting() {
  return useQuery({
    queryKey: quotaSettingKey,
    queryFn: ({ signal }) => callApi(apiRoutes.invitations.getQuotaSetting, { signal }),
  });
}

export function useSetInvitationQuota() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (perDay: number) => callApi(apiRoutes.invitations.setQuotaSetting, { body: { perDay } }),
    onSuccess: (value) => queryClient.setQueryData(quotaSettingKey, value),
  });
}
