import type { Application, ApplicationStatus } from '@shsw/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { positionApplicationsKey } from '../api/keys';
import { type ApplicationMoveBody, useMoveApplication } from '../api/move-application';
import { needsDialog } from '../components/pipeline-stages';

/**
 * Moves on the board, whichever way they start (drag, button, menu, drawer): simple steps go
 * at once, the rest open a dialog; every outcome is announced to screen readers.
 */
export function useEmployerMove() {
  const { t } = useTranslation();
  const move = useMoveApplication();
  const queryClient = useQueryClient();
  const errorMessage = useApiErrorMessage();
  const [dialog, setDialog] = useState<{ application: Application; to: ApplicationStatus } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  /** The last application moved (a new object each time), so the board can put focus back on its card. */
  const [moved, setMoved] = useState<{ id: string } | null>(null);

  const describe = useCallback(
    (error: unknown, to: ApplicationStatus) => {
      if (isApiError(error) && error.code === 'invalid_transition') return t('applications.board.invalidMove');
      // A hire answered with a conflict: every opening is already filled (or the position is no longer open).
      if (isApiError(error) && error.code === 'conflict' && to === 'hired') return t('applications.board.noHeadcount');
      if (isApiError(error) && error.code === 'conflict') return t('applications.board.conflict');
      return errorMessage(error);
    },
    [errorMessage, t],
  );

  const send = useCallback(
    async (application: Application, body: ApplicationMoveBody) => {
      setFailure(null);
      try {
        const result = await move.mutateAsync({ id: application.id, body });
        setAnnouncement(
          t('applications.board.moved', {
            name: application.applicant?.maskedName ?? '',
            status: t(`status.application.${result.status}`),
          }),
        );
        setMoved({ id: result.id });
        return result;
      } catch (error) {
        // Someone else moved it meanwhile: show the board as it is now.
        if (isApiError(error) && (error.code === 'invalid_transition' || error.code === 'conflict')) {
          void queryClient.invalidateQueries({ queryKey: positionApplicationsKey(application.positionId) });
        }
        const message = describe(error, body.to);
        setFailure(message);
        setAnnouncement(message);
        throw error;
      }
    },
    [describe, move, queryClient, t],
  );

  const request = useCallback(
    (application: Application, to: ApplicationStatus) => {
      if (needsDialog.includes(to)) {
        setDialog({ application, to });
        return;
      }
      void send(application, { to }).catch(() => undefined);
    },
    [send],
  );

  return {
    request,
    send,
    dialog,
    closeDialog: () => setDialog(null),
    announcement,
    moved,
    failure,
    clearFailure: () => setFailure(null),
    pending: move.isPending,
  };
}
