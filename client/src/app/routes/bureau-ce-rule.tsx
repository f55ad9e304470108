import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { CeRuleEditor } from '../../features/ce-rule/components/ce-rule-editor';
import { InvitationQuotaSetting } from '../../features/invitations/components/invitation-quota-setting';

/** `/bureau/ce-rule`: the bureau's rules for everyone — continuing education, and the daily invitation quota. */
export function BureauCeRuleRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureau.ceRule.title')} intro={t('bureau.ceRule.intro')} />
      <CeRuleEditor />
      <InvitationQuotaSetting />
    </>
  );
}
