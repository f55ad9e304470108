import { type Position, salaryComparisonSchema } from '@shsw/shared';
import { App } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../../lib/api-error';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { type PositionMoveTarget, useMovePosition } from '../api/move-position';
import { BelowGuidanceText } from '../components/below-guidance-text';

type Comparison = z.infer<typeof salaryComparisonSchema>;

/** What a conflict's details say about why publishing was refused. */
function conflictOf(error: unknown): { reason: string; comparison: Comparison | null } | null {
  if (!isApiError(error) || error.code !== 'conflict') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('reason' in details)) return null;
  const parsed = 'comparison' in details ? salaryComparisonSchema.safeParse(details.comparison) : null;
  return { reason: String(details.reason), comparison: parsed?.success ? parsed.data : null };
}

export type MoveOutcome =
  | { ok: true; position: Position }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: string };

/**
 * A position's lifecycle moves behind a confirmation that says what the move does. Publishing a
 * range partly below the guidance low asks for an explicit "publish anyway" (the server asks
 * too, with 409 `below_guidance`, if the guidance changed since the page loaded).
 */
export function usePositionMoves() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const move = useMovePosition();
  const errorMessage = useApiErrorMessage();
  const [error, setError] = useState<string | null>(null);

  const ask = useCallback(
    (options: { title: string; content: ReactNode; okText: string; danger?: boolean }) =>
      new Promise<boolean>((resolve) => {
        modal.confirm({
          title: options.title,
          content: options.content,
          okText: options.okText,
          okButtonProps: options.danger ? { danger: true } : undefined,
          cancelText: t('common.cancel'),
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal, t],
  );

  const askBelowGuidance = useCallback(
    (position: Position, comparison: Comparison) =>
      ask({
        title: t('positions.lifecycle.belowGuidanceTitle'),
        content: (
          <BelowGuidanceText comparison={comparison} salaryMin={position.salaryMin} salaryMax={position.salaryMax} />
        ),
        okText: t('positions.lifecycle.publishAnyway'),
        danger: true,
      }),
    [ask, t],
  );

  const describe = useCallback(
    (failure: unknown): string => {
      if (isApiError(failure) && failure.code === 'not_verified') return t('positions.lifecycle.notVerified');
      const conflict = conflictOf(failure);
      if (conflict?.reason === 'deadline_passed') return t('positions.lifecycle.deadlinePassed');
      if (isApiError(failure) && failure.code === 'invalid_transition') return t('positions.lifecycle.invalidMove');
      return errorMessage(failure);
    },
    [errorMessage, t],
  );

  const fail = useCallback(
    (failure: unknown): MoveOutcome => {
      const message = describe(failure);
      setError(message);
      return { ok: false, cancelled: false, message };
    },
    [describe],
  );

  /** The one question before a move (`title`: the position's, as it will be saved). */
  const confirmMove = useCallback(
    (title: string, status: Position['status'], to: PositionMoveTarget): Promise<boolean> => {
      const key = to === 'open' && status !== 'draft' ? 'reopen' : to;
      return ask({
        title: t(`positions.lifecycle.confirm.${key}.title`, { title }),
        content: t(`positions.lifecycle.confirm.${key}.text`),
        okText: t(`positions.lifecycle.moves.${key}`),
        danger: to === 'closed',
      });
    },
    [ask, t],
  );

  /**
   * Moves a position, asking first — unless the person already said so (`confirmed`: the
   * "保存并发布" button). Publishing below the salary guidance always asks about that.
   */
  const request = useCallback(
    async (position: Position, to: PositionMoveTarget, opts: { confirmed?: boolean } = {}): Promise<MoveOutcome> => {
      setError(null);
      const firstPublish = to === 'open' && position.status === 'draft';
      let acknowledge = false;
      const comparison = position.salaryComparison;
      if (firstPublish && comparison?.belowLow) {
        if (!(await askBelowGuidance(position, comparison))) return { ok: false, cancelled: true };
        acknowledge = true;
      } else if (!opts.confirmed && !(await confirmMove(position.title, position.status, to))) {
        return { ok: false, cancelled: true };
      }
      const send = (ack: boolean) =>
        move.mutateAsync({ id: position.id, body: { to, ...(ack ? { acknowledgeBelowGuidance: true } : {}) } });
      try {
        return { ok: true, position: await send(acknowledge) };
      } catch (failure) {
        const conflict = conflictOf(failure);
        // The guidance changed after the page loaded: ask with the server's figures, then try once more.
        if (conflict?.reason === 'below_guidance' && conflict.comparison && !acknowledge) {
          if (!(await askBelowGuidance(position, conflict.comparison))) return { ok: false, cancelled: true };
          try {
            return { ok: true, position: await send(true) };
          } catch (again) {
            return fail(again);
          }
        }
        return fail(failure);
      }
    },
    [askBelowGuidance, confirmMove, fail, move],
  );

  return { request, error, clearError: () => setError(null), pending: move.isPending };
}
