import { personalDataSections, retainedAfterDeletion, retentionReasons } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLabel, useVocabularyLabel } from '../../../lib/format';
import styles from './retention-explained.module.css';

/** Before deleting: exactly what goes, what stays and why (the same words the deletion answer uses). */
export function RetentionExplained() {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  return (
    <div className={styles.box}>
      <h3 className={styles.title}>{t('privacy.delete.erasedTitle')}</h3>
      <p>{t('privacy.delete.erasedText')}</p>
      <h3 className={styles.title}>{t('privacy.delete.keptTitle')}</h3>
      <dl className={styles.list} data-testid="retained-after-deletion">
        {retainedAfterDeletion.map((kept) => {
          const reason = retentionReasons.find((r) => r.code === kept.reason);
          return (
            <div key={kept.section} className={styles.item}>
              <dt>{vocabulary(personalDataSections, kept.section)}</dt>
              <dd>
                <p>{label(kept.what)}</p>
                {reason && <p className={styles.reason}>{label(reason.label)}</p>}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
