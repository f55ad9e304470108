import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { CertificateQueue } from '../../features/certificate-review/components/certificate-queue';

export function BureauCertificatesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureau.certificates.title')} intro={t('bureau.certificates.intro')} />
      <CertificateQueue />
    </>
  );
}
