import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useCreateInvite } from '../api/create-invite';
import { useInvites } from '../api/get-invites';
import { useRevokeInvite } from '../api/revoke-invite';
import styles from './invites-panel.module.css';

type InviteState = 'accepted' | 'expired' | 'open';

function stateOf(invite: { acceptedAt: string | null; expiresAt: string }): InviteState {
  if (invite.acceptedAt) return 'accepted';
  return Date.parse(invite.expiresAt) < Date.now() ? 'expired' : 'open';
}

/** Invitations for recruiters (owner only): the code is shown once, with a sign-up link to share. */
export function InvitesPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const invites = useInvites(orgId);
  const create = useCreateInvite(orgId);
  const revoke = useRevokeInvite(orgId);
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [created, setCreated] = useState<{ code: string; expiresAt: string } | null>(null);
  const link = created ? `${window.location.origin}/sign-up?${new URLSearchParams({ invite: created.code })}` : '';

  return (
    <div>
      <p>{t('org.invites.description')}</p>
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        loading={create.isPending}
        onClick={() => create.mutate(undefined, { onSuccess: (invite) => setCreated(invite) })}
        className={styles.create}
      >
        {t('org.invites.create')}
      </Button>
      {create.isError && <Alert type="error" showIcon title={errorMessage(create.error)} className={styles.error} />}
      {invites.isError ? (
        <QueryError error={invites.error} onRetry={() => void invites.refetch()} />
      ) : (
        <DataList
          label={t('org.invites.title')}
          loading={invites.isPending}
          rows={invites.data?.items ?? []}
          rowKey={(i) => i.id}
          empty={<EmptyState description={t('org.invites.empty')} />}
          columns={[
            {
              key: 'code',
              title: t('org.invites.code'),
              primary: true,
              render: (i) => <code>…{i.code.slice(-4)}</code>,
            },
            {
              key: 'state',
              title: t('org.invites.state'),
              render: (i) => {
                const state = stateOf(i);
                return (
                  <Tag color={state === 'open' ? 'blue' : state === 'accepted' ? 'green' : undefined}>
                    {t(`org.invites.states.${state}`)}
                  </Tag>
                );
              },
            },
            { key: 'created', title: t('org.invites.createdAt'), render: (i) => formatDateTime(i.createdAt) },
            { key: 'expires', title: t('org.invites.expiresAt'), render: (i) => formatDateTime(i.expiresAt) },
          ]}
          actions={(i) =>
            stateOf(i) === 'open' ? (
              <Button
                size="small"
                danger
                onClick={() =>
                  modal.confirm({
                    title: t('org.invites.revokeConfirm'),
                    okText: t('org.invites.revoke'),
                    okButtonProps: { danger: true },
                    cancelText: t('common.cancel'),
                    onOk: () =>
                      revoke.mutateAsync(i.id).catch((error: unknown) => {
                        modal.error({ title: errorMessage(error) });
                      }),
                  })
                }
              >
                {t('org.invites.revoke')}
              </Button>
            ) : null
          }
        />
      )}
      <Modal
        open={created !== null}
        title={t('org.invites.createdTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('org.invites.done')}
          </Button>
        }
      >
        {created && (
          <>
            <Alert type="warning" showIcon title={t('org.invites.shownOnce')} className={styles.error} />
            <p className={styles.label}>{t('org.invites.code')}</p>
            <Typography.Paragraph copyable={{ text: created.code }} className={styles.code} data-testid="invite-code">
              {created.code}
            </Typography.Paragraph>
            <p className={styles.label}>{t('org.invites.link')}</p>
            <Typography.Paragraph copyable={{ text: link }} className={styles.link} data-testid="invite-link">
              {link}
            </Typography.Paragraph>
            <p>{t('org.invites.expires', { at: formatDateTime(created.expiresAt) })}</p>
          </>
        )}
      </Modal>
    </div>
  );
}
