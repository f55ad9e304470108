import type { CertificateQueueReason } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Why a claim needs a person, in words (the server sends stable codes). */
export function ReasonTags({ reasons }: { reasons: readonly CertificateQueueReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return <span>{t('bureauQueues.reasonsPending')}</span>;
  return (
    <span>
      {reasons.map((r) => (
        <Tag key={r} color="default">
          {t(`bureauQueues.reasons.${r}`)}
        </Tag>
      ))}
    </span>
  );
}
