import { labelFor, serviceDomains } from '@shsw/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DomainMarkerLegend, DomainMarkers } from '../../../components/domain-tag';
import { useLocale } from '../../../lib/use-locale';
import { useDomainCounts } from '../api/get-domain-counts';
import styles from './domain-grid.module.css';

/** The plan's 28 service domains, each a link to its positions. */
export function DomainGrid() {
  const { t } = useTranslation();
  const locale = useLocale();
  const counts = useDomainCounts().data;
  return (
    <section id="domains" className={styles.section} aria-labelledby="domains-title">
      <Typography.Title level={2} id="domains-title" className={styles.title}>
        {t('home.domains.title')}
      </Typography.Title>
      <Typography.Paragraph className={styles.intro}>
        {t('home.domains.intro')} {t('home.domains.count', { count: serviceDomains.length })}{' '}
        <Link to="/positions">{t('search.home.browseAll')}</Link>
      </Typography.Paragraph>
      <DomainMarkerLegend />
      <ul className={styles.grid} data-testid="domain-grid">
        {serviceDomains.map((domain) => (
          <li key={domain.code}>
            <Link
              to={`/positions?${new URLSearchParams({ domain: domain.code })}`}
              className={styles.card}
              data-testid={`domain-${domain.code}`}
            >
              <span className={styles.heading}>
                <span className={styles.name}>{labelFor(domain.label, locale)}</span>
                {counts && (
                  <span className={styles.count}>
                    {t('search.home.openCount', { count: counts[domain.code] ?? 0 })}
                  </span>
                )}
              </span>
              <DomainMarkers domain={domain} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
