import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';

const reasons = [
  'already_invited',
  'already_applied',
  'declined_before',
  'blocked',
  'not_open',
  'expired',
  'refused_before',
  'no_consent',
] as const;

const reasonOf = (details: unknown): string | null =>
  typeof details === 'object' && details !== null && 'reason' in details && typeof details.reason === 'string'
    ? details.reason
    : null;

/** Words why an invitation or contact request was refused, from the error's code and `details.reason`. */
export function useRefusalMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const generic = useApiErrorMessage();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return generic(error);
      if (error.code === 'invitation_quota_exceeded') {
        const details = error.details as { perDay?: number } | undefined;
        return t('invitations.refusals.quota', { perDay: details?.perDay ?? 0 });
      }
      if (error.code === 'email_not_verified') return t('invitations.refusals.emailNotVerified');
      const reason = reasons.find((r) => r === reasonOf(error.details));
      return reason ? t(`invitations.refusals.${reason}`) : generic(error);
    },
    [t, generic],
  );
}
