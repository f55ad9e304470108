import { indicatorDenominators, planIndicators } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useLabel } from '../../../lib/format';
import { useDenominators } from '../api/denominators';
import { DenominatorSection } from './denominator-section';
import styles from './denominators-editor.module.css';

/** The three figures the platform cannot count itself, each with its latest value, a form for a new one and its history. */
export function DenominatorsEditor() {
  const { t } = useTranslation();
  const label = useLabel();
  const denominators = useDenominators();
  if (denominators.isPending) return <PageLoading />;
  if (denominators.isError)
    return <QueryError error={denominators.error} onRetry={() => void denominators.refetch()} />;
  return (
    <div className={styles.list}>
      {indicatorDenominators.map((denominator) => {
        const usedBy = planIndicators.filter((p) => p.denominator === denominator.code);
        return (
          <DenominatorSection
            key={denominator.code}
            code={denominator.code}
            title={label(denominator.label)}
            usedBy={usedBy.map((p) => t('bureauReports.denominators.usedBy', { no: p.no, name: label(p.label) }))}
            history={denominators.data.items.filter((item) => item.code === denominator.code)}
          />
        );
      })}
    </div>
  );
}
