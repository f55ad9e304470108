import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { GuidanceEditor } from '../../features/salary-guidance/components/guidance-editor';

export function BureauSalaryGuidanceRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureau.guidance.title')} intro={t('bureau.guidance.intro')} />
      <GuidanceEditor />
    </>
  );
}
