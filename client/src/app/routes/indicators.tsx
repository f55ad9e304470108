import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { IndicatorDashboard } from '../../features/indicators/components/indicator-dashboard';

/** `/indicators`, public: the plan's eight indicators against their 2025 targets. */
export function IndicatorsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('indicators.page.title')} intro={t('indicators.page.intro')} />
      <IndicatorDashboard />
    </>
  );
}
