import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { auditPageSize, useAuditLog } from '../api/get-audit-log';
import { isKnownAction, knownAuditActions } from './audit-actions';
import styles from './audit-log.module.css';

/** Who did what to what, and when; filtered by action (in the URL). */
export function AuditLog() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const action = search.get('action') ?? '';
  const page = pageFrom(search);
  const log = useAuditLog(action, page);
  return (
    <>
      <search className={styles.filter}>
        <label htmlFor="audit-action" className={styles.label}>
          {t('admin.audit.actionLabel')}
        </label>
        <Select<string>
          id="audit-action"
          value={action || undefined}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('admin.audit.allActions')}
          onChange={(value) => setSearch((s) => withParams(s, { action: value ?? null }))}
          options={knownAuditActions.map((a) => ({ value: a, label: `${t(`admin.audit.actions.${a}`)} (${a})` }))}
          className={styles.select}
        />
      </search>
      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <DataList
          label={t('admin.audit.title')}
          loading={log.isPending}
          rows={log.data?.items ?? []}
          rowKey={(e) => e.id}
          empty={<EmptyState description={action ? t('admin.audit.noMatch', { action }) : t('admin.audit.empty')} />}
          columns={[
            {
              key: 'action',
              title: t('admin.audit.action'),
              primary: true,
              render: (e) => (
                <span>
                  {isKnownAction(e.action) && (
                    <span className={styles.actionName}>{t(`admin.audit.actions.${e.action}`)}</span>
                  )}
                  <code>{e.action}</code>
                </span>
              ),
            },
            { key: 'at', title: t('admin.audit.at'), render: (e) => formatDateTime(e.at) },
            {
              key: 'actor',
              title: t('admin.audit.actor'),
              render: (e) =>
                e.actor.userId
                  ? [e.actor.role && t(`roles.${e.actor.role}` as 'roles.admin'), e.actor.userId]
                      .filter(Boolean)
                      .join(' · ')
                  : t('admin.audit.system'),
            },
            {
              key: 'target',
              title: t('admin.audit.target'),
              render: (e) => [e.target.type, e.target.id].filter(Boolean).join(' · '),
            },
            { key: 'ip', title: t('admin.audit.ip'), render: (e) => e.ip ?? '—' },
            {
              key: 'details',
              title: t('admin.audit.details'),
              render: (e) =>
                Object.keys(e.details).length > 0 ? (
                  <details>
                    <summary>{t('admin.audit.showDetails')}</summary>
                    <Typography.Text code className={styles.json}>
                      {JSON.stringify(e.details, null, 2)}
                    </Typography.Text>
                  </details>
                ) : (
                  '—'
                ),
            },
          ]}
          pagination={
            log.data && {
              page,
              pageSize: auditPageSize,
              total: log.data.total,
              onChange: (next) => setSearch((s) => withParams(s, { page: next })),
            }
          }
        />
      )}
    </>
  );
}
