import { apiRoutes } from '@shsw/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The one-click unsubscribe of a mail's link (and its undo); no sign-in needed. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (body: { token: string; subscribe: boolean }) => callApi(apiRoutes.notifications.unsubscribe, { body }),
  });
}
