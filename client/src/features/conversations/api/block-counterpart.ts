import { apiRoutes, type Conversation } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { threadKey, threadListKey } from './keys';

/** Blocks the other side of a thread (a worker blocks the organisation, a member the worker). */
export function useBlockCounterpart(conversation: Conversation, side: 'worker' | 'organisation') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      callApi(apiRoutes.blocks.create, {
        body: side === 'worker' ? { orgId: conversation.orgId } : { profileId: conversation.profileId },
      }),
    onSuccess: () => {
      queryClient.setQueryData<Conversation>(threadKey(conversation.id), (c) => (c ? { ...c, blockedByMe: true } : c));
      void queryClient.invalidateQueries({ queryKey: threadListKey });
    },
  });
}
