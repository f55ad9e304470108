import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';

/** The server's refusals in the bureau's words: already published (use a revision), or not over yet. */
export function usePublishErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const fallback = useApiErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.code === 'already_exists') return t('bureauReports.errors.alreadyExists');
      if (isApiError(error) && error.code === 'conflict') return t('bureauReports.errors.notEnded');
      if (isApiError(error) && error.code === 'not_found') return t('bureauReports.errors.notPublished');
      return fallback(error);
    },
    [t, fallback],
  );
}
