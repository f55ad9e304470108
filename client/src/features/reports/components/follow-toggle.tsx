import { Alert, Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../lib/session';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useFollowingReports, useSetFollowingReports } from '../api/follow-reports';
import styles from './follow-toggle.module.css';

/** "Notify me when a report is published": a switch when signed in, a way to sign in otherwise. */
export function FollowToggle() {
  const { t } = useTranslation();
  const id = useId();
  const { user } = useSession();
  const following = useFollowingReports(user !== null);
  const setFollowing = useSetFollowingReports();
  const errorMessage = useApiErrorMessage();
  if (!user) {
    return (
      <p className={styles.box}>
        <Link to={`/sign-in?${new URLSearchParams({ next: '/reports' })}`}>{t('reports.follow.signIn')}</Link>
      </p>
    );
  }
  const on = following.data?.following ?? false;
  return (
    <div className={styles.box} data-testid="follow-toggle">
      <div className={styles.row}>
        <Switch
          id={id}
          checked={on}
          loading={following.isPending || setFollowing.isPending}
          disabled={following.isError}
          onChange={(checked) => setFollowing.mutate(checked)}
          aria-describedby={`${id}-state`}
        />
        <label htmlFor={id}>{t('reports.follow.label')}</label>
      </div>
      <span id={`${id}-state`} className={styles.state} role="status">
        {following.isSuccess && (on ? t('reports.follow.on') : t('reports.follow.off'))}
      </span>
      {(setFollowing.isError || following.isError) && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(setFollowing.error ?? following.error)}
          className={styles.error}
        />
      )}
    </div>
  );
}
