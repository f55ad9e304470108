import { Alert, Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useEmailStatus, useResendVerification } from '../api/email-status';
import { ChangeEmailDialog } from './change-email-dialog';
import styles from './email.module.css';

const stateColour = { verified: 'green', unverified: 'gold', undeliverable: 'red', none: 'default' } as const;

/** The person's own address, unmasked: its state, a change waiting, and what they can do. */
export function EmailSettings() {
  const { t } = useTranslation();
  const status = useEmailStatus();
  const resend = useResendVerification();
  const errorMessage = useApiErrorMessage();
  const [changing, setChanging] = useState(false);
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  const state = !s.address ? 'none' : s.undeliverable ? 'undeliverable' : s.verified ? 'verified' : 'unverified';
  return (
    <section className={styles.card} aria-labelledby="email-address-title">
      <h2 id="email-address-title">{t('email.address')}</h2>
      <p className={styles.address} data-testid="email-address">
        <span>{s.address ?? t('email.none')}</span>
        <Tag color={stateColour[state]}>{t(`email.state.${state}`)}</Tag>
      </p>
      <div className={styles.notes}>
        {s.address && (
          <Typography.Text type="secondary">
            {s.isLogin ? t('email.loginNote') : t('email.contactNote')}
          </Typography.Text>
        )}
        {s.undeliverable && (
          <Alert type="error" showIcon title={t('email.undeliverable', { reason: s.undeliverable.reason })} />
        )}
        {s.pendingAddress && <Alert type="info" showIcon title={t('email.pending', { email: s.pendingAddress })} />}
        {s.delivery !== 'smtp' && <Alert type="warning" showIcon title={t(`email.delivery.${s.delivery}`)} />}
        {resend.isSuccess && <Alert type="success" showIcon title={t('email.resent')} />}
        {resend.isError && <Alert type="error" showIcon title={errorMessage(resend.error)} />}
      </div>
      <div className={styles.actions}>
        {s.address && state !== 'verified' && (
          <Button onClick={() => resend.mutate()} loading={resend.isPending}>
            {t('email.resend')}
          </Button>
        )}
        <Button type={state === 'none' ? 'primary' : 'default'} onClick={() => setChanging(true)}>
          {s.address ? t('email.change') : t('email.add')}
        </Button>
      </div>
      {changing && <ChangeEmailDialog onClose={() => setChanging(false)} />}
    </section>
  );
}
