import { findDistrict, serviceDomains } from '@shsw/shared';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, useLabel, useVocabularyLabel } from '../../../lib/format';
import { useLatestPositions } from '../api/get-latest-positions';
import styles from './latest-positions.module.css';

/** The newest open positions, each a link to its page: what a first visit sees is alive. */
export function LatestPositions() {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const latest = useLatestPositions();
  if (latest.isError || (latest.data && latest.data.length === 0)) return null;
  return (
    <section className={styles.section} aria-labelledby="latest-positions-title">
      <Typography.Title level={2} id="latest-positions-title" className={styles.title}>
        {t('homeLatest.title')}
      </Typography.Title>
      {latest.data ? (
        <ul className={styles.list} data-testid="latest-positions">
          {latest.data.map((p) => {
            const district = findDistrict(p.districtCode);
            return (
              <li key={p.id} className={styles.item}>
                <Link to={`/positions/${p.id}`} className={styles.link}>
                  {p.title}
                </Link>
                <span className={styles.org}>{p.orgName}</span>
                <span className={styles.facts}>
                  {[
                    vocabulary(serviceDomains, p.primaryDomain),
                    district && label(district.label),
                    t('salary.range', { min: p.salaryMin, max: p.salaryMax }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className={styles.facts}>{t('search.hit.published', { date: formatDate(p.publishedAt) })}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <Skeleton active paragraph={{ rows: 3 }} />
      )}
      <p>
        <Link to="/positions?sort=newest">{t('homeLatest.all')}</Link>
      </p>
    </section>
  );
}
