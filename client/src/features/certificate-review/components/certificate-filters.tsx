import { certificateLevels, certificateQueueReasons } from '@shsw/shared';
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DistrictSelect } from '../../../components/place-select';
import { useVocabularyLabel } from '../../../lib/format';
import { withParams } from '../../../lib/url-state';
import type { CertificateQueueFilters } from '../api/get-certificate-queue';

const ages = [7, 30, 90] as const;
const levelOf = (v: string | null) => certificateLevels.find((l) => l.code === v)?.code;
const reasonOf = (v: string | null) => certificateQueueReasons.find((r) => r === v);

/** The queue's search and filters, as the URL holds them. */
export function certificateFiltersFrom(search: URLSearchParams): CertificateQueueFilters {
  const age = Number(search.get('olderThanDays'));
  const district = search.get('district');
  return {
    q: search.get('q') || undefined,
    districtCode: district && /^\d{6}$/.test(district) ? district : undefined,
    level: levelOf(search.get('level')),
    reason: reasonOf(search.get('reason')),
    olderThanDays: ages.find((a) => a === age),
  };
}

/** Search (holder or number) and filters (district, waiting time, level, reason); each change goes to page 1. */
export function CertificateFilters() {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const [search, setSearch] = useSearchParams();
  const filters = certificateFiltersFrom(search);
  const set = (key: string, value: string | number | undefined | null) =>
    setSearch((s) => withParams(s, { [key]: value ?? null }));
  return (
    <search aria-label={t('bureauQueues.filters')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('bureauQueues.certSearch')}
          placeholder={t('bureauQueues.certSearch')}
          defaultValue={filters.q}
          allowClear
          onSearch={(value) => set('q', value.trim())}
          style={{ width: 260 }}
        />
        <DistrictSelect
          aria-label={t('bureauQueues.district')}
          placeholder={t('bureauQueues.district')}
          allowClear
          value={filters.districtCode}
          onChange={(value) => set('district', value)}
          style={{ width: 160 }}
        />
        <Select<number>
          aria-label={t('bureauQueues.age')}
          placeholder={t('bureauQueues.age')}
          allowClear
          value={filters.olderThanDays}
          onChange={(value) => set('olderThanDays', value)}
          options={ages.map((days) => ({ value: days, label: t('bureauQueues.olderThan', { days }) }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('bureau.certificates.fields.level')}
          placeholder={t('bureau.certificates.fields.level')}
          allowClear
          value={filters.level}
          onChange={(value) => set('level', value)}
          options={certificateLevels.map((l) => ({ value: l.code, label: vocabulary(certificateLevels, l.code) }))}
          style={{ width: 160 }}
        />
        <Select
          aria-label={t('bureauQueues.reason')}
          placeholder={t('bureauQueues.reason')}
          allowClear
          value={filters.reason}
          onChange={(value) => set('reason', value)}
          options={certificateQueueReasons.map((r) => ({ value: r, label: t(`bureauQueues.reasons.${r}`) }))}
          style={{ width: 180 }}
        />
      </Space>
    </search>
  );
}
