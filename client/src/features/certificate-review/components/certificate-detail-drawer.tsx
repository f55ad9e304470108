import { certificateLevels, educationLevels, findDistrict, findStreet } from '@shsw/shared';
import { Alert, Button, Descriptions, Drawer, Skeleton, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-error';
import { formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import { useCertificateDetail } from '../api/get-certificate-detail';
import { ReasonTags } from './reason-tags';
import { RegistryComparison } from './registry-comparison';
import type { CertificateQueueItem } from './types';

interface Props {
  item: CertificateQueueItem | null;
  onClose: () => void;
  onVerify: (item: CertificateQueueItem) => void;
  onRefuse: (item: CertificateQueueItem) => void;
}

/** One waiting claim: the claim beside the registry record, why it waits, the worker's facts and history. */
export function CertificateDetailDrawer({ item, onClose, onVerify, onRefuse }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const detail = useCertificateDetail(item && { profileId: item.profileId, certificateId: item.certificateId });
  const worker = detail.data?.worker;
  const place = (district: string | null, street: string | null) => {
    const d = district ? findDistrict(district) : undefined;
    const s = street ? findStreet(street) : undefined;
    return [d && label(d.label), s && label(s.label)].filter(Boolean).join(' · ') || t('common.notGiven');
  };
  return (
    <Drawer
      open={item !== null}
      onClose={onClose}
      size="min(720px, 100%)"
      title={item ? t('bureauQueues.certDetailTitle', { name: item.holderName, number: item.number }) : ''}
      closable={{ 'aria-label': t('common.close') }}
      footer={
        item && (
          <Space>
            <Button type="primary" onClick={() => onVerify(item)}>
              {t('bureau.certificates.verify')}
            </Button>
            <Button danger onClick={() => onRefuse(item)}>
              {t('bureau.certificates.refuse')}
            </Button>
          </Space>
        )
      }
    >
      {item && (
        <>
          <h3>{t('bureauQueues.whyWaiting')}</h3>
          <ReasonTags reasons={item.reasons} />
          <h3>{t('bureau.certificates.registryRecord')}</h3>
          <RegistryComparison item={item} />
        </>
      )}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isPending && item && <Skeleton active />}
      {worker && detail.data && (
        <>
          <h3>{t('bureauQueues.workerFacts')}</h3>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('bureauQueues.place')}>
              {place(worker.districtCode, worker.streetCode)}
            </Descriptions.Item>
            <Descriptions.Item label={t('bureauQueues.birthYear')}>
              {worker.birthYear ?? t('common.notGiven')}
            </Descriptions.Item>
            <Descriptions.Item label={t('bureauQueues.mobile')}>
              {worker.mobile ?? t('common.notGiven')}
            </Descriptions.Item>
            <Descriptions.Item label={t('bureauQueues.education')}>
              {worker.education.length === 0
                ? t('common.notGiven')
                : worker.education
                    .map(
                      (e) => `${vocabulary(educationLevels, e.level)} · ${e.school} · ${e.major} (${e.graduationYear})`,
                    )
                    .join('；')}
            </Descriptions.Item>
            <Descriptions.Item label={t('bureauQueues.otherCertificates')}>
              {worker.otherCertificates.length === 0
                ? t('common.none')
                : worker.otherCertificates.map((c) => (
                    <Tag key={c.number}>
                      {vocabulary(certificateLevels, c.level)} {c.number} ·{' '}
                      {t(`status.certificate.${c.status as 'claimed' | 'verified' | 'refused'}`)}
                    </Tag>
                  ))}
            </Descriptions.Item>
          </Descriptions>
          <h3>{t('bureauQueues.history')}</h3>
          <Timeline
            items={detail.data.history.map((h) => ({
              key: `${h.at}-${h.action}`,
              content: (
                <span>
                  {formatDateTime(h.at)} · {t(`bureauQueues.actions.${h.action}`, { defaultValue: h.action })}
                  {h.reason ? `：${h.reason}` : ''}
                </span>
              ),
            }))}
          />
        </>
      )}
      {item && item.reasons.length === 0 && <Alert type="info" title={t('bureauQueues.noReasons')} />}
    </Drawer>
  );
}
