import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useWideScreen } from '../../../lib/use-media-query';
import { useConversations } from '../api/get-conversations';
import styles from './messages.module.css';
import { ThreadList } from './thread-list';
import { ThreadView } from './thread-view';

/** `/messages` and `/messages/:id`: the thread list beside the open thread (one at a time on a phone). */
export function MessagesPage({ side, currentId }: { side: 'worker' | 'organisation'; currentId: string | null }) {
  const { t } = useTranslation();
  const wide = useWideScreen();
  const list = useConversations();
  const showList = wide || currentId === null;
  const listPart = list.isPending ? (
    <PageLoading />
  ) : list.isError ? (
    <QueryError error={list.error} onRetry={() => void list.refetch()} />
  ) : list.data.items.length === 0 ? (
    <EmptyState description={side === 'worker' ? t('messages.emptyWorker') : t('messages.emptyOrg')} />
  ) : (
    <ThreadList items={list.data.items} side={side} currentId={currentId} />
  );
  return (
    <div className={wide ? styles.layout : styles.single}>
      {showList && <div>{listPart}</div>}
      {currentId ? (
        <div>
          {!wide && <Link to="/messages">{t('messages.backToList')}</Link>}
          <ThreadView key={currentId} id={currentId} side={side} />
        </div>
      ) : (
        wide && <EmptyState description={t('messages.pickThread')} />
      )}
    </div>
  );
}
