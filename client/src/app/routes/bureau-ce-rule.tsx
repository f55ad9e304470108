import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { CeRuleEditor } from '../../features/ce-rule/components/ce-rule-editor';

export function BureauCeRuleRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureau.ceRule.title')} intro={t('bureau.ceRule.intro')} />
      <CeRuleEditor />
    </>
  );
}
