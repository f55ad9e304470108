import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { homePathFor, safeNextPath, useSession } from '../../lib/session';
import styles from './auth-page.module.css';

export function SignUpRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { user } = useSession();
  const next = safeNextPath(search.get('next'));
  const invite = search.get('invite')?.trim() || null;
  if (user) return <Navigate to={next ?? homePathFor(user.role)} replace />;
  const signInLink = next ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in';
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('auth.signUp.title')}>{t('auth.signUp.title')}</PageTitle>
        <Typography.Paragraph className={styles.intro}>{t('auth.signUp.intro')}</Typography.Paragraph>
        <SignUpForm
          inviteCode={invite}
          onSignedUp={(signedUp) => navigate(next ?? homePathFor(signedUp.role), { replace: true })}
        />
        <p className={styles.switch}>
          {t('auth.signUp.haveAccount')} <Link to={signInLink}>{t('auth.signUp.signInLink')}</Link>
        </p>
      </div>
    </div>
  );
}
