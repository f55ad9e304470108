import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { AuditLog } from '../../features/audit-log/components/audit-log';

export function AdminAuditRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <AuditLog />
    </>
  );
}
