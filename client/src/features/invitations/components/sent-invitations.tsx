import { type InvitationStatus, invitationStatuses, type SentInvitation } from '@shsw/shared';
import { App, Button, Popconfirm, Select, Skeleton, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useContactRequests } from '../api/get-contact-requests';
import { useOpenPositions } from '../api/get-open-positions';
import { useSentInvitations } from '../api/get-sent-invitations';
import { useWithdrawInvitation } from '../api/withdraw-invitation';
import styles from './invitations.module.css';
import { ContactStatusTag, InvitationStatusTag } from './status-tags';
import { useRefusalMessage } from './use-refusal-message';

/** The organisation's `/org/invitations`: invitations it sent (filtered by status and position), then its contact requests. */
export function SentInvitations() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<InvitationStatus | undefined>();
  const [positionId, setPositionId] = useState<string | undefined>();
  const sent = useSentInvitations({ page, status, positionId });
  const positions = useOpenPositions(true);
  const withdraw = useWithdrawInvitation();
  const refusal = useRefusalMessage();
  const columns = [
    {
      key: 'worker',
      title: t('invitations.org.worker'),
      render: (_: unknown, i: SentInvitation) => <Link to={`/talent/${i.profileId}`}>{i.workerName}</Link>,
    },
    {
      key: 'position',
      title: t('invitations.org.position'),
      render: (_: unknown, i: SentInvitation) => <Link to={`/positions/${i.position.id}`}>{i.position.title}</Link>,
    },
    {
      key: 'status',
      title: t('invitations.org.status'),
      render: (_: unknown, i: SentInvitation) => <InvitationStatusTag status={i.status} />,
    },
    {
      key: 'sentAt',
      title: t('invitations.org.sentAt'),
      render: (_: unknown, i: SentInvitation) => formatDateTime(i.sentAt),
    },
    {
      key: 'expiresAt',
      title: t('invitations.org.expiresAt'),
      render: (_: unknown, i: SentInvitation) => formatDate(i.expiresAt),
    },
    { key: 'sentBy', title: t('invitations.org.sentBy'), dataIndex: 'sentByName' },
    {
      key: 'declineReason',
      title: t('invitations.org.declineReason'),
      render: (_: unknown, i: SentInvitation) => i.declineReason ?? '',
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_: unknown, i: SentInvitation) =>
        i.status === 'pending' ? (
          <Popconfirm
            title={t('invitations.org.withdrawConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              withdraw
                .mutateAsync(i.id)
                .then(() => void message.success(t('invitations.org.withdrawn')))
                .catch((error: unknown) => void message.error(refusal(error)))
            }
          >
            <Button size="small">{t('invitations.org.withdraw')}</Button>
          </Popconfirm>
        ) : i.applicationId ? (
          <Link to={`/org/positions/${i.position.id}/pipeline?application=${i.applicationId}`}>
            {t('invitations.org.openApplication')}
          </Link>
        ) : null,
    },
  ];
  return (
    <>
      <section aria-labelledby="sent-title">
        <h2 id="sent-title">{t('invitations.org.sentTitle')}</h2>
        <Space wrap className={styles.actions}>
          <Select
            aria-label={t('invitations.org.filterStatus')}
            style={{ minWidth: 160 }}
            value={status ?? 'all'}
            onChange={(v: string) => {
              setStatus(v === 'all' ? undefined : (v as InvitationStatus));
              setPage(1);
            }}
            options={[
              { value: 'all', label: `${t('invitations.org.filterStatus')}: ${t('invitations.org.all')}` },
              ...invitationStatuses.map((s) => ({ value: s, label: t(`invitations.status.${s}`) })),
            ]}
          />
          <Select
            aria-label={t('invitations.org.filterPosition')}
            style={{ minWidth: 220 }}
            value={positionId ?? 'all'}
            onChange={(v: string) => {
              setPositionId(v === 'all' ? undefined : v);
              setPage(1);
            }}
            options={[
              { value: 'all', label: `${t('invitations.org.filterPosition')}: ${t('invitations.org.all')}` },
              ...(positions.data?.items ?? []).map((p) => ({ value: p.id, label: p.title })),
            ]}
          />
        </Space>
        {sent.isError ? (
          <QueryError error={sent.error} onRetry={() => void sent.refetch()} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            scroll={{ x: true }}
            loading={sent.isPending}
            dataSource={sent.data?.items ?? []}
            columns={columns}
            locale={{ emptyText: sent.isPending ? <Skeleton active title={false} /> : t('invitations.org.empty') }}
            pagination={{
              current: page,
              pageSize: 20,
              total: sent.data?.total ?? 0,
              onChange: setPage,
              showTotal: (total) => t('common.totalItems', { total }),
            }}
            data-testid="sent-invitations"
          />
        )}
      </section>
      <OrgContactRequests />
    </>
  );
}

function OrgContactRequests() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const requests = useContactRequests({ page });
  return (
    <section className={styles.section} aria-labelledby="org-contact-title">
      <h2 id="org-contact-title">{t('invitations.org.contactTitle')}</h2>
      {requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          loading={requests.isPending}
          dataSource={requests.data?.items ?? []}
          locale={{
            emptyText: requests.isPending ? <Skeleton active title={false} /> : t('invitations.org.contactEmpty'),
          }}
          pagination={{ current: page, pageSize: 20, total: requests.data?.total ?? 0, onChange: setPage }}
          columns={[
            {
              key: 'worker',
              title: t('invitations.org.worker'),
              render: (_, r) => <Link to={`/talent/${r.profileId}`}>{r.workerName}</Link>,
            },
            {
              key: 'status',
              title: t('invitations.org.status'),
              render: (_, r) => <ContactStatusTag status={r.status} />,
            },
            {
              key: 'requestedAt',
              title: t('invitations.org.requestedAt'),
              render: (_, r) => formatDateTime(r.requestedAt),
            },
            {
              key: 'answeredAt',
              title: t('invitations.org.answeredAt'),
              render: (_, r) => formatDateTime(r.answeredAt),
            },
          ]}
        />
      )}
    </section>
  );
}
