import { certificateLevels } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabel } from '../../../lib/format';
import styles from './registry-comparison.module.css';
import type { CertificateQueueItem } from './types';

/** The claim beside the registry's record for the same number, with mismatches marked in words. */
export function RegistryComparison({ item }: { item: CertificateQueueItem }) {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const registry = item.registry;
  if (!registry) return <span className={styles.missing}>{t('bureau.certificates.notInRegistry')}</span>;
  const rows = [
    { key: 'name', claim: item.holderName, record: registry.name },
    {
      key: 'level',
      claim: vocabulary(certificateLevels, item.level),
      record: vocabulary(certificateLevels, registry.level),
    },
    { key: 'year', claim: String(item.yearObtained), record: String(registry.year) },
  ] as const;
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t('bureau.certificates.comparison', { number: item.number })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('bureauQueues.field')}</th>
          <th scope="col">{t('bureau.certificates.claim')}</th>
          <th scope="col">{t('bureau.certificates.registry')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const differs = row.claim !== row.record;
          return (
            <tr key={row.key} className={differs ? styles.differs : undefined}>
              <th scope="row">{t(`bureau.certificates.fields.${row.key}`)}</th>
              <td>{row.claim}</td>
              <td>
                {row.record}
                {differs && <span className={styles.flag}> {t('bureau.certificates.differs')}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
