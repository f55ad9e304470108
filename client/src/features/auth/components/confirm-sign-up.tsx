import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { isApiError } from '../../../lib/api-error';
import { homePathFor } from '../../../lib/session';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useOnce } from '../../../lib/use-once';
import { useConfirmSignUp } from '../api/confirm-sign-up';

/** Follows the sign-up link once: the account is created, this browser signed in, and the person sent home. */
export function ConfirmSignUp({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirm = useConfirmSignUp();
  const errorMessage = useApiErrorMessage();
  useOnce(token, (value) =>
    confirm.mutate(value, { onSuccess: ({ user }) => navigate(homePathFor(user.role), { replace: true }) }),
  );
  if (!token || confirm.isError) {
    const code = isApiError(confirm.error) ? confirm.error.code : 'link_invalid';
    const text =
      code === 'already_exists'
        ? t('auth.confirmSignUp.exists')
        : code === 'link_invalid' || !token
          ? t('auth.confirmSignUp.invalid')
          : errorMessage(confirm.error);
    return (
      <Result
        status="warning"
        title={t('auth.confirmSignUp.failed')}
        subTitle={text}
        extra={[
          <ButtonLink key="sign-in" to="/sign-in" type="primary">
            {t('auth.confirmSignUp.signIn')}
          </ButtonLink>,
          <ButtonLink key="again" to="/sign-up">
            {t('auth.confirmSignUp.again')}
          </ButtonLink>,
        ]}
      />
    );
  }
  return <Result icon={<Spin />} title={t('auth.confirmSignUp.working')} />;
}
