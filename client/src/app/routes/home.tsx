import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DomainGrid } from '../../features/home/components/domain-grid';
import { HomeHero } from '../../features/home/components/home-hero';
import { LatestReportTeaser } from '../../features/reports/components/latest-report-teaser';

export function HomeRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <>
      {search.get('deleted') === '1' && (
        <Alert type="success" showIcon title={t('home.accountDeleted')} style={{ marginBottom: 16 }} />
      )}
      <HomeHero />
      <LatestReportTeaser />
      <DomainGrid />
    </>
  );
}
