import type { Position } from '@shsw/shared';
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { PositionStatusTag } from '../../../components/status-tag';
import { formatDate } from '../../../lib/format';
import type { usePositionMoves } from '../hooks/use-position-moves';
import { DeleteDraftButton } from './delete-draft-button';
import { PositionActions } from './position-actions';
import styles from './position-lifecycle-bar.module.css';

/** Where a position stands (status, dates), the way to its public page and board, and its lifecycle buttons. */
export function PositionLifecycleBar({
  position,
  moves,
  onMoved,
}: {
  position: Position;
  moves: ReturnType<typeof usePositionMoves>;
  onMoved?: (position: Position) => void;
}) {
  const { t } = useTranslation();
  const total = Object.values(position.applicantCounts ?? {}).reduce((sum, n) => sum + n, 0);
  return (
    <section className={styles.bar} aria-label={t('positions.lifecycle.label')}>
      <div className={styles.row}>
        <span className={styles.status} data-testid="position-status">
          <PositionStatusTag status={position.status} />
        </span>
        <span className={styles.meta}>
          {position.publishedAt
            ? t('positions.lifecycle.publishedAt', { date: formatDate(position.publishedAt) })
            : t('positions.lifecycle.notPublished')}
          {position.deadline && ` · ${t('positions.lifecycle.deadline', { date: position.deadline })}`}
          {position.status !== 'draft' && ` · ${t('positions.list.applicantsTotal', { count: total })}`}
        </span>
      </div>
      <div className={styles.row}>
        <Space wrap>
          <PositionActions position={position} request={moves.request} pending={moves.pending} onMoved={onMoved} />
          <DeleteDraftButton position={position} />
        </Space>
        <Space wrap>
          <ButtonLink to={`/positions/${position.id}`} type="link">
            {position.status === 'draft' ? t('positions.lifecycle.preview') : t('positions.lifecycle.viewPublic')}
          </ButtonLink>
          {position.status !== 'draft' && (
            <ButtonLink to={`/org/positions/${position.id}/pipeline`} type="link">
              {t('positions.lifecycle.pipeline')}
            </ButtonLink>
          )}
        </Space>
      </div>
      {moves.error && (
        <Alert type="error" showIcon title={moves.error} closable={{ onClose: moves.clearError }} role="alert" />
      )}
    </section>
  );
}
