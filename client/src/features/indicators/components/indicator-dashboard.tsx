import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useIndicators } from '../api/get-indicators';
import { IndicatorCard } from './indicator-card';
import styles from './indicator-dashboard.module.css';

/** The plan's eight indicators, in the plan's order, with the time the figures were computed. */
export function IndicatorDashboard() {
  const { t } = useTranslation();
  const dashboard = useIndicators();
  if (dashboard.isPending) return <PageLoading />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const indicators = [...dashboard.data.indicators].sort((a, b) => a.no - b.no);
  return (
    <div className={styles.dashboard}>
      <p className={styles.asOf} data-testid="indicators-as-of">
        {t('indicators.page.asOf', { time: formatDateTime(dashboard.data.asOf) })}{' '}
        <Link to="/reports">{t('indicators.page.reportsLink')}</Link>
      </p>
      <ul className={styles.grid} aria-label={t('indicators.page.listLabel')}>
        {indicators.map((indicator) => (
          <li key={indicator.code}>
            <IndicatorCard indicator={indicator} />
          </li>
        ))}
      </ul>
    </div>
  );
}
