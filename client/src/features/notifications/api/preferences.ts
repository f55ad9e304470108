import { apiRoutes, type NotificationPreferences } from '@shsw/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { preferencesKey } from './keys';

/** Which notification types the signed-in person receives (all, unless turned off). */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => callApi(apiRoutes.notifications.preferences, { signal }),
  });
}

export function useSetNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => callApi(apiRoutes.notifications.setPreferences, { body }),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}
