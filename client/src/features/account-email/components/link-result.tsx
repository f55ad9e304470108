import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { isApiError } from '../../../lib/api-error';
import { useSession } from '../../../lib/session';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useOnce } from '../../../lib/use-once';
import { useConfirmEmailChange, useVerifyEmail } from '../api/email-status';

type Kind = 'verify' | 'confirmChange';

/** Follows a verification or address-change link once and says how it went; works signed in or not. */
export function EmailLinkResult({ kind, token }: { kind: Kind; token: string | null }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const verify = useVerifyEmail();
  const confirm = useConfirmEmailChange();
  const errorMessage = useApiErrorMessage();
  const action = kind === 'verify' ? verify : confirm;
  useOnce(token, (value) => action.mutate(value));
  const next = user ? (
    <ButtonLink key="account" to="/me/account" type="primary">
      {t('email.open')}
    </ButtonLink>
  ) : (
    <ButtonLink key="home" to="/" type="primary">
      {t('email.home')}
    </ButtonLink>
  );
  if (action.isSuccess) {
    return <Result status="success" title={t(`email.${kind}.done`, { email: action.data.address })} extra={next} />;
  }
  if (!token || action.isError) {
    const code = isApiError(action.error) ? action.error.code : 'link_invalid';
    const text =
      code === 'link_invalid'
        ? t(`email.${kind}.invalid`)
        : code === 'already_exists'
          ? t('email.confirmChange.exists')
          : errorMessage(action.error);
    return <Result status="warning" title={text} extra={next} />;
  }
  return <Result icon={<Spin />} title={t(`email.${kind}.working`)} />;
}
