import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentsList } from './consents-list';
import { DeleteAccount } from './delete-account';
import { ExportData } from './export-data';
import styles from './privacy-page.module.css';

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={styles.part}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Consents, data export and account deletion: the rights PIPL gives, in one place. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <div className={styles.page}>
      <Part id="consents-title" title={t('privacy.consents.title')}>
        <ConsentsList />
      </Part>
      <Part id="export-title" title={t('privacy.export.title')}>
        <ExportData />
      </Part>
      <Part id="delete-title" title={t('privacy.delete.title')}>
        <DeleteAccount />
      </Part>
    </div>
  );
}
