import { App, Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useAnswerContactRequest } from '../api/answer-contact-request';
import { useMyContactRequests } from '../api/get-my-contact-requests';
import { useMyInvitations } from '../api/get-my-invitations';
import { useWithdrawContactGrant } from '../api/withdraw-contact-grant';
import styles from './invitations.module.css';
import { MyInvitationCard } from './my-invitation-card';
import { ContactStatusTag } from './status-tags';
import { useRefusalMessage } from './use-refusal-message';

/** The worker's `/me/invitations`: invitations to apply, then requests to see their contact details. */
export function MyInvitations() {
  const { t } = useTranslation();
  const invitations = useMyInvitations();
  return (
    <>
      {invitations.isPending ? (
        <Spin description={t('app.loading')} />
      ) : invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState description={t('invitations.worker.empty')} />
      ) : (
        <ol className={styles.list} data-testid="my-invitations">
          {invitations.data.items.map((i) => (
            <li key={i.id}>
              <MyInvitationCard invitation={i} />
            </li>
          ))}
        </ol>
      )}
      <MyContactRequests />
    </>
  );
}

function MyContactRequests() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const requests = useMyContactRequests();
  const answer = useAnswerContactRequest();
  const withdraw = useWithdrawContactGrant();
  const refusal = useRefusalMessage();
  const fail = (error: unknown) => void message.error(refusal(error));
  return (
    <section className={styles.section} aria-labelledby="contact-requests-title" id="contact">
      <h2 id="contact-requests-title">{t('invitations.worker.contactTitle')}</h2>
      <p className={styles.muted}>{t('invitations.worker.contactIntro')}</p>
      {requests.isPending ? (
        <Spin description={t('app.loading')} />
      ) : requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.items.length === 0 ? (
        <EmptyState description={t('invitations.worker.contactEmpty')} />
      ) : (
        <ol className={styles.list}>
          {requests.data.items.map((r) => (
            <li key={r.id} className={styles.card} data-testid="my-contact-request">
              <div className={styles.head}>
                <strong>{r.orgName}</strong>
                <ContactStatusTag status={r.status} />
              </div>
              <p className={styles.muted}>{formatDateTime(r.requestedAt)}</p>
              {r.note && <blockquote className={styles.message}>{r.note}</blockquote>}
              <div className={styles.actions}>
                {r.status !== 'granted' && (
                  <Button
                    type="primary"
                    onClick={() =>
                      answer
                        .mutateAsync({ id: r.id, grant: true })
                        .then(() => void message.success(t('invitations.worker.granted')))
                        .catch(fail)
                    }
                  >
                    {t('invitations.worker.grant')}
                  </Button>
                )}
                {r.status === 'pending' && (
                  <Button
                    onClick={() =>
                      answer
                        .mutateAsync({ id: r.id, grant: false })
                        .then(() => void message.success(t('invitations.worker.refusedDone')))
                        .catch(fail)
                    }
                  >
                    {t('invitations.worker.refuse')}
                  </Button>
                )}
                {r.status === 'granted' && (
                  <Button
                    danger
                    onClick={() =>
                      withdraw
                        .mutateAsync(r.id)
                        .then(() => void message.success(t('invitations.worker.withdrawn')))
                        .catch(fail)
                    }
                  >
                    {t('invitations.worker.withdraw')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
