import { type Role, roles } from '@shsw/shared';
import { Alert, App, Button, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { pageFrom, withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { usersPageSize, useUsers } from '../api/get-users';
import { type AdminUserChange, useUpdateUser } from '../api/update-user';
import styles from './users-list.module.css';

interface AdminUser {
  id: string;
  displayName: string;
  login: string;
  role: Role;
  status: 'active' | 'disabled';
}

/** Accounts with search (in the URL); role and status changes are confirmed first. */
export function UsersList() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const page = pageFrom(search);
  const users = useUsers(q, page);
  const update = useUpdateUser();
  const { user: me } = useSession();
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);

  const confirmChange = (user: AdminUser, change: AdminUserChange) => {
    const what =
      change.role !== undefined
        ? t('admin.users.confirmRole', {
            name: user.displayName,
            from: t(`roles.${user.role}`),
            to: t(`roles.${change.role}`),
          })
        : change.status === 'disabled'
          ? t('admin.users.confirmDisable', { name: user.displayName })
          : t('admin.users.confirmEnable', { name: user.displayName });
    modal.confirm({
      title: what,
      content: change.status === 'disabled' ? t('admin.users.disableText') : t('admin.users.auditedText'),
      okText: t('common.confirm'),
      okButtonProps: { danger: change.status === 'disabled' },
      cancelText: t('common.cancel'),
      onOk: () =>
        update
          .mutateAsync({ id: user.id, change })
          .then(() => setFailure(null))
          .catch((error: unknown) => setFailure(errorMessage(error))),
    });
  };

  return (
    <>
      <search className={styles.search}>
        <Input.Search
          defaultValue={q}
          key={q}
          allowClear
          enterButton={t('admin.users.search')}
          placeholder={t('admin.users.searchPlaceholder')}
          aria-label={t('admin.users.searchLabel')}
          onSearch={(value) => setSearch((s) => withParams(s, { q: value.trim() }))}
          maxLength={100}
        />
      </search>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          className={styles.alert}
        />
      )}
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <DataList
          label={t('admin.users.title')}
          loading={users.isPending}
          rows={users.data?.items ?? []}
          rowKey={(u) => u.id}
          empty={<EmptyState description={q ? t('admin.users.noMatch', { q }) : t('admin.users.empty')} />}
          columns={[
            { key: 'name', title: t('admin.users.name'), primary: true, render: (u) => u.displayName },
            { key: 'login', title: t('admin.users.login'), render: (u) => u.login },
            {
              key: 'role',
              title: t('admin.users.role'),
              render: (u) => (
                <Select<Role>
                  size="small"
                  value={u.role}
                  disabled={u.id === me?.id}
                  aria-label={t('admin.users.roleOf', { name: u.displayName })}
                  onChange={(role) => confirmChange(u, { role })}
                  options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                  className={styles.role}
                />
              ),
            },
            {
              key: 'status',
              title: t('admin.users.status'),
              render: (u) => (
                <Tag color={u.status === 'active' ? 'green' : 'red'}>{t(`admin.users.statuses.${u.status}`)}</Tag>
              ),
            },
            { key: 'created', title: t('admin.users.createdAt'), render: (u) => formatDateTime(u.createdAt) },
          ]}
          actions={(u) =>
            u.id === me?.id ? null : (
              <Space>
                {u.status === 'active' ? (
                  <Button size="small" danger onClick={() => confirmChange(u, { status: 'disabled' })}>
                    {t('admin.users.disable')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => confirmChange(u, { status: 'active' })}>
                    {t('admin.users.enable')}
                  </Button>
                )}
              </Space>
            )
          }
          pagination={
            users.data && {
              page,
              pageSize: usersPageSize,
              total: users.data.total,
              onChange: (next) => setSearch((s) => withParams(s, { page: next })),
            }
          }
        />
      )}
    </>
  );
}
