import type { ReactNode } from 'react';
import styles from './section-card.module.css';

interface SectionCardProps {
  /** Anchor for "what to fill next" links. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  /** Beside the title: a status chip, a switch. */
  extra?: ReactNode;
  children: ReactNode;
}

/** One section of the talent record, saved on its own. */
export function SectionCard({ id, title, description, extra, children }: SectionCardProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.section} tabIndex={-1}>
      <div className={styles.header}>
        <h2 id={`${id}-title`} className={styles.title}>
          {title}
        </h2>
        {extra}
      </div>
      {description && <p className={styles.description}>{description}</p>}
      {children}
    </section>
  );
}

/** One entry of a list section (an education, a certificate), with its own heading and remove button. */
export function EntryCard({
  title,
  actions,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className={styles.entry}>
      <legend className={styles.entryLegend}>{title}</legend>
      {actions && <div className={styles.entryActions}>{actions}</div>}
      <div className={styles.grid}>{children}</div>
    </fieldset>
  );
}

/** Two columns of fields on wider screens, one on phones. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={styles.grid}>{children}</div>;
}
