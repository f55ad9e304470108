import { findDistrict, INVITATION_DECLINE_REASON_MAX, labelFor, type MyInvitation, serviceDomains } from '@shsw/shared';
import { App, Button, Input, Modal, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { formatDate, formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import { useLocale } from '../../../lib/use-locale';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useDeclineInvitation } from '../api/decline-invitation';
import styles from './invitations.module.css';
import { InvitationStatusTag } from './status-tags';
import { useRefusalMessage } from './use-refusal-message';

/** One invitation as the worker sees it: the position, who invites, their message, the fit, and the answer. */
export function MyInvitationCard({ invitation }: { invitation: MyInvitation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useLabel();
  const locale = useLocale();
  const vocabulary = useVocabularyLabel();
  const accept = useAcceptInvitation();
  const decline = useDeclineInvitation();
  const refusal = useRefusalMessage();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const p = invitation.position;
  const district = findDistrict(p.districtCode);
  const titleId = `invitation-${invitation.id}`;
  const fail = (error: unknown) => void message.error(refusal(error));
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="my-invitation">
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          <Link to={`/positions/${p.id}`}>{p.title}</Link>
        </h2>
        <InvitationStatusTag status={invitation.status} />
      </div>
      <p className={styles.muted}>
        {t('invitations.worker.from', { org: invitation.organisation.name })}
        {' · '}
        {vocabulary(serviceDomains, p.primaryDomain)}
        {district && ` · ${label(district.label)}`}
        {` · ¥${p.salaryMin}–${p.salaryMax}`}
      </p>
      {invitation.message && (
        <blockquote className={styles.message} aria-label={t('invitations.worker.message')}>
          {invitation.message}
        </blockquote>
      )}
      <p>
        <Tag color="blue">{t('invitations.worker.match', { score: invitation.match.score })}</Tag>
        {!invitation.match.eligible && <Tag color="orange">{t('invitations.worker.notEligible')}</Tag>}
      </p>
      <ul className={styles.reasons}>
        {invitation.match.reasons.map((r) => (
          <li key={r.code}>
            <Tag color={r.met === true ? 'green' : r.met === 'partial' ? 'gold' : 'default'}>
              {labelFor(r.label, locale)}
            </Tag>
          </li>
        ))}
      </ul>
      <p className={styles.muted}>
        {t('invitations.worker.sentAt', { date: formatDateTime(invitation.sentAt) })}
        {invitation.status === 'pending' &&
          ` · ${t('invitations.worker.expires', { date: formatDate(invitation.expiresAt) })}`}
      </p>
      {invitation.status === 'pending' && p.status !== 'open' && (
        <p className={styles.muted}>{t('invitations.worker.positionNotOpen')}</p>
      )}
      {invitation.declineReason && (
        <p className={styles.muted}>{t('invitations.worker.yourReason', { reason: invitation.declineReason })}</p>
      )}
      <div className={styles.actions}>
        {invitation.status === 'pending' && (
          <>
            <Popconfirm
              title={t('invitations.worker.acceptConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                accept
                  .mutateAsync(invitation.id)
                  .then(() => void message.success(t('invitations.worker.accepted')))
                  .catch(fail)
              }
            >
              <Button type="primary" loading={accept.isPending} data-testid="accept-invitation">
                {t('invitations.worker.accept')}
              </Button>
            </Popconfirm>
            <Button onClick={() => setDeclining(true)}>{t('invitations.worker.decline')}</Button>
          </>
        )}
        {invitation.applicationId && (
          <ButtonLink to="/me/applications">{t('invitations.worker.viewApplication')}</ButtonLink>
        )}
      </div>
      <Modal
        open={declining}
        title={t('invitations.worker.declineTitle')}
        onCancel={() => setDeclining(false)}
        okText={t('invitations.worker.decline')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: decline.isPending, danger: true }}
        onOk={() =>
          decline
            .mutateAsync({ id: invitation.id, reason })
            .then(() => {
              void message.success(t('invitations.worker.declined'));
              setDeclining(false);
            })
            .catch(fail)
        }
        destroyOnHidden
      >
        <label htmlFor={`decline-${invitation.id}`}>{t('invitations.worker.declineReason')}</label>
        <Input.TextArea
          id={`decline-${invitation.id}`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={INVITATION_DECLINE_REASON_MAX}
          showCount
          rows={3}
        />
      </Modal>
    </article>
  );
}
