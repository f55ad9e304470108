import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { EmailSettings } from '../../features/account-email/components/email-settings';

export function MeAccountRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('email.title')} intro={t('email.intro')} />
      <EmailSettings />
    </>
  );
}
