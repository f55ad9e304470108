import { type ErasureReport, erasureReportSchema } from '@shsw/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { DomainGrid } from '../../features/home/components/domain-grid';
import { HomeHero } from '../../features/home/components/home-hero';
import { LatestPositions } from '../../features/home/components/latest-positions';
import { ErasureReportView } from '../../features/privacy/components/erasure-report';
import { LatestReportTeaser } from '../../features/reports/components/latest-report-teaser';

/** The deletion's answer, handed over by the privacy page (gone on reload, like the account). */
function erasureOf(state: unknown): ErasureReport | null {
  const parsed = erasureReportSchema.safeParse((state as { erasure?: unknown } | null)?.erasure);
  return parsed.success ? parsed.data : null;
}

export function HomeRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const erasure = erasureOf(useLocation().state);
  return (
    <>
      {search.get('deleted') === '1' && (
        <Alert type="success" showIcon title={t('home.accountDeleted')} style={{ marginBottom: 16 }} />
      )}
      {erasure && <ErasureReportView report={erasure} />}
      <HomeHero />
      <LatestReportTeaser />
      <LatestPositions />
      <DomainGrid />
    </>
  );
}
