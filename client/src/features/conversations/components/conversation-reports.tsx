import type { ConversationReport } from '@shsw/shared';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useWideScreen } from '../../../lib/use-media-query';
import { useConversationReport, useConversationReports } from '../api/get-bureau-reports';
import { MessageText } from './message-text';
import styles from './messages.module.css';

/** The bureau's list of reported threads; opening one shows its messages (and is audit-logged). */
export function ConversationReports() {
  const { t } = useTranslation();
  const reports = useConversationReports();
  const [openId, setOpenId] = useState<string | null>(null);
  if (reports.isError) return <QueryError error={reports.error} onRetry={() => void reports.refetch()} />;
  return (
    <>
      <DataList<ConversationReport>
        rows={reports.data?.items ?? []}
        loading={reports.isPending}
        rowKey={(r) => r.id}
        label={t('messages.bureau.listLabel')}
        empty={<EmptyState description={t('messages.bureau.empty')} />}
        columns={[
          { key: 'at', title: t('messages.bureau.at'), render: (r) => formatDateTime(r.at) },
          { key: 'org', title: t('messages.bureau.org'), render: (r) => r.orgName, primary: true },
          { key: 'worker', title: t('messages.bureau.worker'), render: (r) => r.workerName },
          { key: 'position', title: t('messages.bureau.position'), render: (r) => r.positionTitle },
          { key: 'by', title: t('messages.bureau.by'), render: (r) => t(`messages.bureau.side.${r.by}`) },
          { key: 'reason', title: t('messages.bureau.reason'), render: (r) => r.reason },
        ]}
        actions={(r) => (
          <Button size="small" onClick={() => setOpenId(r.id)}>
            {t('messages.bureau.open')}
          </Button>
        )}
      />
      <ReportDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}

function ReportDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useWideScreen();
  const detail = useConversationReport(id);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={wide ? 520 : '100%'}
      title={t('messages.bureau.thread')}
      destroyOnHidden
    >
      {detail.isPending ? (
        <PageLoading />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <>
          <p className={styles.muted}>{t('messages.bureau.audited')}</p>
          <ol className={styles.messages}>
            {detail.data.messages.map((m) => (
              <li key={m.id} className={styles.message}>
                <div className={styles.muted}>
                  {t(`messages.bureau.side.${m.side}`)} {m.authorName} · {formatDateTime(m.createdAt)}
                </div>
                <div className={styles.bubble}>
                  <MessageText text={m.text} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </Drawer>
  );
}
