import { App, Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';

/** The organisation's people; the owner can remove recruiters. */
export function MembersList({ orgId, isOwner }: { orgId: string; isOwner: boolean }) {
  const { t } = useTranslation();
  const members = useMembers(orgId);
  const remove = useRemoveMember(orgId);
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  if (members.isError) return <QueryError error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <DataList
      label={t('org.members.title')}
      loading={members.isPending}
      rows={members.data?.items ?? []}
      rowKey={(m) => m.userId}
      empty={<EmptyState description={t('org.members.empty')} />}
      columns={[
        { key: 'name', title: t('org.members.name'), primary: true, render: (m) => m.displayName },
        { key: 'login', title: t('org.members.login'), render: (m) => m.login },
        {
          key: 'role',
          title: t('org.members.role'),
          render: (m) => (
            <Tag color={m.orgRole === 'owner' ? 'blue' : undefined}>{t(`org.members.roles.${m.orgRole}`)}</Tag>
          ),
        },
        { key: 'joined', title: t('org.members.joinedAt'), render: (m) => formatDateTime(m.joinedAt) },
      ]}
      actions={
        isOwner
          ? (m) =>
              m.orgRole === 'recruiter' ? (
                <Button
                  danger
                  size="small"
                  onClick={() =>
                    modal.confirm({
                      title: t('org.members.removeConfirm', { name: m.displayName }),
                      content: t('org.members.removeText'),
                      okText: t('org.members.remove'),
                      okButtonProps: { danger: true },
                      cancelText: t('common.cancel'),
                      onOk: () =>
                        remove.mutateAsync(m.userId).catch((error: unknown) => {
                          modal.error({ title: errorMessage(error) });
                        }),
                    })
                  }
                >
                  {t('org.members.remove')}
                </Button>
              ) : null
          : undefined
      }
    />
  );
}
