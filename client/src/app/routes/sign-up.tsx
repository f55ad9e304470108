import { Alert, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { homePathFor, safeNextPath, useSession } from '../../lib/session';
import { useMailDelivery } from '../../lib/use-mail-delivery';
import styles from './auth-page.module.css';

export function SignUpRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { user } = useSession();
  const delivery = useMailDelivery();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const next = safeNextPath(search.get('next'));
  const invite = search.get('invite')?.trim() || null;
  if (user) return <Navigate to={next ?? homePathFor(user.role)} replace />;
  const signInLink = next ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in';
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('auth.signUp.title')}>{t('auth.signUp.title')}</PageTitle>
        {sentTo ? (
          <Result
            status="success"
            title={t('auth.signUp.sentTitle')}
            subTitle={t('auth.signUp.sent', { email: sentTo })}
            extra={<Typography.Paragraph type="secondary">{t('auth.signUp.sentHelp')}</Typography.Paragraph>}
          />
        ) : (
          <>
            <Typography.Paragraph className={styles.intro}>{t('auth.signUp.intro')}</Typography.Paragraph>
            {delivery === 'off' && (
              <Alert type="error" showIcon className={styles.notice} title={t('auth.mailDisabled')} />
            )}
            {delivery === 'log' && (
              <Alert type="warning" showIcon className={styles.notice} title={t('auth.mailOff')} />
            )}
            <Typography.Paragraph type="secondary">{t('auth.signUp.mobileNote')}</Typography.Paragraph>
            <SignUpForm inviteCode={invite} onMailSent={setSentTo} />
          </>
        )}
        <p className={styles.switch}>
          {t('auth.signUp.haveAccount')} <Link to={signInLink}>{t('auth.signUp.signInLink')}</Link>
        </p>
      </div>
    </div>
  );
}
