import type { RegistryImport } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colours: Record<RegistryImport['status'], string | undefined> = {
  validating: 'processing',
  importing: 'processing',
  verifying: 'processing',
  done: 'success',
  failed: 'error',
};

export function ImportStatusTag({ status }: { status: RegistryImport['status'] }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`bureau.registry.status.${status}`)}</Tag>;
}
