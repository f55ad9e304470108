import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import styles from './dashboard.module.css';

/** The part of a react-query result a card needs to say whether it can show its figure yet. */
export interface CardQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface DashCardProps {
  /** Stable id: the heading's DOM id stem and the card's test id. */
  id: string;
  title: string;
  /** Queries the card waits for: a skeleton until all answered, a retry if any failed. */
  queries: readonly CardQuery[];
  /** Where to act on what the card shows. */
  action?: { to: string; label: string };
  children: () => ReactNode;
}

/** One card of a role's home: a heading, a figure or a short list, and the link to act. */
export function DashCard({ id, title, queries, action, children }: DashCardProps) {
  const { t } = useTranslation();
  const message = useApiErrorMessage();
  const failed = queries.find((query) => query.isError);
  const pending = queries.some((query) => query.isPending);
  return (
    <section className={styles.card} aria-labelledby={`dash-${id}`} data-testid={`dash-${id}`}>
      <h2 id={`dash-${id}`} className={styles.cardTitle}>
        {title}
      </h2>
      <div className={styles.cardBody}>
        {failed ? (
          <div role="alert" className={styles.failed}>
            <p>{t('common.loadFailed', { message: message(failed.error) })}</p>
            <Button
              size="small"
              onClick={() => {
                for (const query of queries) if (query.isError) query.refetch();
              }}
            >
              {t('common.retry')}
            </Button>
          </div>
        ) : pending ? (
          <div role="status" aria-label={t('app.loading')} aria-busy="true" data-testid="dash-loading">
            <Skeleton active title={false} paragraph={{ rows: 3 }} />
          </div>
        ) : (
          children()
        )}
      </div>
      {action && (
        <Link to={action.to} className={styles.action}>
          {action.label} <ArrowRightOutlined aria-hidden />
        </Link>
      )}
    </section>
  );
}

/** A large number with what it counts, e.g. "3 待回复". */
export function Figure({ value, caption, testId }: { value: ReactNode; caption: ReactNode; testId?: string }) {
  return (
    <p className={styles.figure}>
      <span className={styles.figureValue} data-testid={testId}>
        {value}
      </span>
      <span className={styles.figureCaption}>{caption}</span>
    </p>
  );
}

/** Whole days since an ISO time (0 on the same day). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
}
