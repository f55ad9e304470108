import type { ReactNode } from 'react';
import styles from './report-table.module.css';

interface TableFrameProps {
  id: string;
  caption: ReactNode;
  /** A line under the caption (what share and change are of). */
  note?: ReactNode;
  /** Short tables are kept on one printed page. */
  compact?: boolean;
  children: ReactNode;
  testId?: string;
}

/**
 * A report table in a labelled region that scrolls sideways on phones (and can be scrolled from
 * the keyboard), the first column staying in view.
 */
export function TableFrame({ id, caption, note, compact, children, testId }: TableFrameProps) {
  return (
    <div className={compact ? `${styles.block} ${styles.compact}` : styles.block} data-testid={testId}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard */}
      <section className={styles.scroll} aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table id={id} className={styles.table}>
          <caption id={`${id}-caption`} className={styles.caption}>
            <span className={styles.captionTitle}>{caption}</span>
            {note && <span className={styles.note}>{note}</span>}
          </caption>
          {children}
        </table>
      </section>
    </div>
  );
}
