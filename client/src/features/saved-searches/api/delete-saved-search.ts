import { apiRoutes, type SavedSearch } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { savedSearchesKey } from './keys';

/** Deletes a saved search; its alerts stop. */
export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiRoutes.notifications.deleteSavedSearch, { params: { id } }),
    onSuccess: (_answer, id) =>
      queryClient.setQueryData(savedSearchesKey, (old: { items: SavedSearch[] } | undefined) =>
        old ? { items: old.items.filter((s) => s.id !== id) } : old,
      ),
  });
}
