import { apiRoutes, type SavedSearch, type savedSearchPatchSchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { savedSearchesKey } from './keys';

export type SavedSearchPatch = z.input<typeof savedSearchPatchSchema>;

/** Renames a saved search or changes how often it alerts; the list shows the stored copy. */
export function useUpdateSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SavedSearchPatch }) =>
      callApi(apiRoutes.notifications.updateSavedSearch, { params: { id }, body }),
    onSuccess: (saved) =>
      queryClient.setQueryData(savedSearchesKey, (old: { items: SavedSearch[] } | undefined) =>
        old ? { items: old.items.map((s) => (s.id === saved.id ? saved : s)) } : old,
      ),
  });
}
