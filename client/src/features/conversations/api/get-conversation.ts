import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { threadKey } from './keys';

export function useConversation(id: string) {
  return useQuery({
    queryKey: threadKey(id),
    queryFn: ({ signal }) => callApi(apiRoutes.conversations.show, { params: { id }, signal }),
  });
}
