import type { ReactNode } from 'react';
import styles from './page-heading.module.css';
import { PageTitle } from './page-title';

/** A page's `<h1>` (which also names the browser tab) with a sentence on what the page is for. */
export function PageHeading({ title, intro, extra }: { title: string; intro?: ReactNode; extra?: ReactNode }) {
  return (
    <div className={styles.heading}>
      <div className={styles.text}>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        {intro && <p className={styles.intro}>{intro}</p>}
      </div>
      {extra}
    </div>
  );
}
