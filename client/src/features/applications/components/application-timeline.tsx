import type { Application } from '@shsw/shared';
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import styles from './application-timeline.module.css';

const colour: Record<string, string> = {
  hired: 'green',
  accepted: 'green',
  rejected: 'red',
  withdrawn: 'gray',
  declined: 'gray',
  ended: 'gray',
};

/**
 * Every step of an application with who took it and when, the interview's time and place and
 * any message that came with it. `viewer` decides whether the worker's steps read "you".
 */
export function ApplicationTimeline({
  application,
  viewer,
}: {
  application: Application;
  viewer: 'worker' | 'employer';
}) {
  const { t } = useTranslation();
  const newestFirst = [...application.history].reverse();
  return (
    <Timeline
      className={styles.timeline}
      items={newestFirst.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: colour[entry.status] ?? 'blue',
        content: (
          <div className={styles.entry}>
            <div className={styles.head}>
              <strong>{t(`status.application.${entry.status}`)}</strong>
              <span className={styles.meta}>
                {formatDateTime(entry.at)} · {t(`applications.timeline.actor.${viewer}.${entry.actor}`)}
              </span>
            </div>
            {entry.interview && (
              <p className={styles.interview}>
                {t('applications.timeline.interview', {
                  at: formatDateTime(entry.interview.at),
                  place: entry.interview.place,
                })}
              </p>
            )}
            {entry.reason && <p className={styles.message}>{t(`applications.endReason.${entry.reason}`)}</p>}
            {entry.message && <p className={styles.message}>{entry.message}</p>}
          </div>
        ),
      }))}
    />
  );
}
