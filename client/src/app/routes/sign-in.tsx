import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeNextPath, useSession } from '../../lib/session';
import styles from './auth-page.module.css';

const dashboardPath = '/dashboard';

export function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { user } = useSession();
  const next = safeNextPath(search.get('next'));
  // Without a page to return to, people start on their role's 工作台.
  if (user) return <Navigate to={next ?? dashboardPath} replace />;
  const signUpLink = next ? `/sign-up?${new URLSearchParams({ next })}` : '/sign-up';
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('auth.signIn.title')}>{t('auth.signIn.title')}</PageTitle>
        <Typography.Paragraph className={styles.intro}>{t('auth.signIn.intro')}</Typography.Paragraph>
        <SignInForm onSignedIn={() => navigate(next ?? dashboardPath, { replace: true })} />
        <p className={styles.switch}>
          <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
        </p>
        <p className={styles.switch}>
          {t('auth.signIn.noAccount')} <Link to={signUpLink}>{t('auth.signIn.signUpLink')}</Link>
        </p>
      </div>
    </div>
  );
}
