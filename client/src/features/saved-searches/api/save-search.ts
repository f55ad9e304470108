import { apiRoutes, type savedSearchBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { savedSearchesKey } from './keys';

export type SaveSearchBody = z.input<typeof savedSearchBodySchema>;

/** Saves a position search with instant or daily alerts (the server allows ten). */
export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSearchBody) => callApi(apiRoutes.notifications.saveSearch, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesKey }),
  });
}
