import { type Conversation, type ConversationMessage, reportConversationBodySchema } from '@shsw/shared';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ReasonDialog } from '../../../components/reason-dialog';
import { formatDateTime } from '../../../lib/format';
import { useBlockCounterpart } from '../api/block-counterpart';
import { useConversation } from '../api/get-conversation';
import { useMessages, useOlderMessages } from '../api/get-messages';
import { useMarkThreadRead } from '../api/mark-read';
import { useReportConversation } from '../api/report-conversation';
import { useSendMessage } from '../api/send-message';
import { Composer } from './composer';
import { MessageText } from './message-text';
import styles from './messages.module.css';
import { counterpartOf } from './thread-list';

type Side = 'worker' | 'organisation';

/** One thread: its messages (author and time), 已读 under the viewer's read messages, the composer. */
export function ThreadView({ id, side }: { id: string; side: Side }) {
  const { t } = useTranslation();
  const conversation = useConversation(id);
  const messages = useMessages(id);
  if (conversation.isPending || messages.isPending) return <PageLoading />;
  if (conversation.isError)
    return <QueryError error={conversation.error} onRetry={() => void conversation.refetch()} />;
  if (messages.isError) return <QueryError error={messages.error} onRetry={() => void messages.refetch()} />;
  const c = conversation.data;
  return (
    <section className={styles.thread} aria-labelledby="thread-title" data-testid="thread-view">
      <ThreadHead conversation={c} side={side} />
      <MessageList conversation={c} side={side} items={messages.data.items} hasMore={messages.data.hasMore} />
      <SendPart conversation={c} />
      {c.blockedByMe && <Alert type="warning" showIcon title={t('messages.blockedByMe')} />}
      <span className={styles.muted}>{t('messages.plainTextNote')}</span>
    </section>
  );
}

function ThreadHead({ conversation: c, side }: { conversation: Conversation; side: Side }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reporting, setReporting] = useState(false);
  const block = useBlockCounterpart(c, side);
  const report = useReportConversation(c.id);
  return (
    <div className={styles.threadHead}>
      <div>
        <h2 id="thread-title">{counterpartOf(c, side, t('messages.unknownCounterpart'))}</h2>
        <Link to={`/positions/${c.positionId}`} className={styles.muted}>
          {c.positionTitle}
        </Link>
      </div>
      <Space wrap>
        <Popconfirm
          title={side === 'worker' ? t('messages.block.confirmOrg') : t('messages.block.confirmWorker')}
          okText={t('messages.block.action')}
          cancelText={t('common.cancel')}
          disabled={c.blockedByMe}
          onConfirm={() => block.mutateAsync().then(() => message.success(t('messages.block.done')))}
        >
          <Button size="small" danger disabled={c.blockedByMe} loading={block.isPending}>
            {t('messages.block.action')}
          </Button>
        </Popconfirm>
        <Button size="small" onClick={() => setReporting(true)}>
          {t('messages.report.action')}
        </Button>
      </Space>
      <ReasonDialog
        open={reporting}
        title={t('messages.report.title')}
        description={t('messages.report.description')}
        schema={reportConversationBodySchema}
        label={t('messages.report.reason')}
        submitLabel={t('messages.report.submit')}
        onSubmit={async (reason) => {
          await report.mutateAsync(reason);
          message.success(t('messages.report.done'));
        }}
        onClose={() => setReporting(false)}
      />
    </div>
  );
}

function MessageList({
  conversation: c,
  side,
  items,
  hasMore,
}: {
  conversation: Conversation;
  side: Side;
  items: readonly ConversationMessage[];
  hasMore: boolean;
}) {
  const { t } = useTranslation();
  const older = useOlderMessages(c.id);
  const markRead = useMarkThreadRead(c.id);
  const end = useRef<HTMLLIElement>(null);
  const newestId = items.at(-1)?.id ?? null;
  const readUpTo = c.otherRead.lastReadId;
  // The newest message of mine the other side has read carries 已读.
  const lastReadMine = [...items].reverse().find((m) => m.side === side && readUpTo !== null && m.id <= readUpTo);
  const unreadFromOther = items.some((m) => m.side !== side) && c.unread > 0;
  const { mutate: markReadNow } = markRead;

  // Reading the thread while it is open: on arrival of the other side's messages, when the tab is visible.
  useEffect(() => {
    if (newestId === null) return;
    end.current?.scrollIntoView({ block: 'end' });
    if (document.visibilityState === 'visible') markReadNow();
  }, [newestId, markReadNow]);
  useEffect(() => {
    if (!unreadFromOther) return;
    if (document.visibilityState === 'visible') markReadNow();
    // A thread left open in a background tab is read when the tab is looked at again.
    const onVisible = () => {
      if (document.visibilityState === 'visible') markReadNow();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [unreadFromOther, markReadNow]);

  return (
    <ol className={styles.messages} aria-label={t('messages.threadLabel')} data-testid="message-list">
      {hasMore && (
        <li>
          <Button size="small" loading={older.isPending} onClick={() => items[0] && older.mutate(items[0].id)}>
            {t('messages.older')}
          </Button>
        </li>
      )}
      {items.length === 0 && <li className={styles.muted}>{t(`messages.origin.${c.origin}`)}</li>}
      {items.map((m) => {
        const mine = m.side === side;
        const author =
          m.side === 'organisation'
            ? m.authorName || c.orgName
            : m.authorName || c.workerName || t('messages.unknownCounterpart');
        return (
          <li key={m.id} className={mine ? `${styles.message} ${styles.mine}` : styles.message} data-testid="message">
            <div className={styles.muted}>
              {mine ? t('messages.me') : author}
              {mine && m.side === 'organisation' && m.authorName ? ` (${m.authorName})` : ''} ·{' '}
              <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
            </div>
            <div className={styles.bubble}>
              <MessageText text={m.text} />
            </div>
            {lastReadMine?.id === m.id && (
              <div className={styles.muted} data-testid="read-receipt">
                {t('messages.read')}
                {c.otherRead.readAt ? ` · ${formatDateTime(c.otherRead.readAt)}` : ''}
              </div>
            )}
          </li>
        );
      })}
      <li ref={end} aria-hidden />
    </ol>
  );
}

function SendPart({ conversation: c }: { conversation: Conversation }) {
  const send = useSendMessage(c.id);
  return (
    <Composer
      onSend={(text) => send.mutateAsync(text)}
      pending={send.isPending}
      error={send.error}
      disabled={c.blockedByMe}
    />
  );
}
