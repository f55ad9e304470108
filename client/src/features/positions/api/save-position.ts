import { apiRoutes, type CreatePositionBody, type Position } from '@shsw/shared';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { positionKey, positionsKey } from './get-position';

/** The saved position replaces the cached one; every list of positions is read again. */
export function storePosition(queryClient: QueryClient, position: Position): void {
  queryClient.setQueryData(positionKey(position.id), position);
  void queryClient.invalidateQueries({ queryKey: [...positionsKey, 'org'] });
}

/** A new draft (any member of the organisation). */
export function useCreatePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePositionBody) => callApi(apiRoutes.positions.create, { body }),
    onSuccess: (position) => storePosition(queryClient, position),
  });
}

/** The whole form again, for a position that is not filled, closed or expired. */
export function useUpdatePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreatePositionBody }) =>
      callApi(apiRoutes.positions.update, { params: { id }, body }),
    onSuccess: (position) => storePosition(queryClient, position),
  });
}

/** Deletes a draft that was never published; the lists are read again. */
export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(apiRoutes.positions.remove, { params: { id } }),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: positionKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...positionsKey, 'org'] });
    },
  });
}
