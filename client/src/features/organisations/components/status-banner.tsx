import type { Organisation } from '@shsw/shared';
import { Alert, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganisationStatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/format';
import styles from './status-banner.module.css';

/** Where the verification stands and what happens next. */
export function StatusBanner({ organisation, onResubmit }: { organisation: Organisation; onResubmit?: () => void }) {
  const { t } = useTranslation();
  const { status, verification } = organisation;
  const title = (
    <span className={styles.title}>
      <span>{t('org.status.label')}</span>
      <span data-testid="org-status">
        <OrganisationStatusTag status={status} />
      </span>
      {status === 'verified' && organisation.agencyQualified && <Tag color="blue">{t('org.agency.badge')}</Tag>}
    </span>
  );
  if (status === 'pending') {
    return (
      <Alert
        type="info"
        showIcon
        title={title}
        description={
          <ul className={styles.steps}>
            <li>{t('org.status.pendingReview')}</li>
            <li>{t('org.status.pendingWaits')}</li>
            <li>{t('org.status.pendingMeanwhile')}</li>
          </ul>
        }
      />
    );
  }
  if (status === 'rejected') {
    return (
      <Alert
        type="error"
        showIcon
        title={title}
        description={
          <>
            <p className={styles.reason}>
              {t('org.status.rejectedReason', { reason: verification.reason ?? t('common.notGiven') })}
            </p>
            {verification.decidedAt && (
              <p className={styles.meta}>{t('org.status.decidedAt', { at: formatDateTime(verification.decidedAt) })}</p>
            )}
            <p>{t('org.status.rejectedNext')}</p>
            {onResubmit && (
              <Button type="primary" onClick={onResubmit}>
                {t('org.status.editAndResubmit')}
              </Button>
            )}
          </>
        }
      />
    );
  }
  return (
    <Alert
      type="success"
      showIcon
      title={title}
      description={
        <>
          <p className={styles.reason}>{t('org.status.verifiedText')}</p>
          {verification.decidedAt && (
            <p className={styles.meta}>{t('org.status.decidedAt', { at: formatDateTime(verification.decidedAt) })}</p>
          )}
        </>
      }
    />
  );
}
