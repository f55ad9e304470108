import { apiRoutes, type positionStatusBodySchema } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';
import { storePosition } from './save-position';

export type PositionMoveBody = z.input<typeof positionStatusBodySchema>;
export type PositionMoveTarget = PositionMoveBody['to'];

/** Publish, pause, reopen, mark filled or close. */
export function useMovePosition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PositionMoveBody }) =>
      callApi(apiRoutes.positions.move, { params: { id }, body }),
    onSuccess: (position) => storePosition(queryClient, position),
  });
}
