import { organisationTypes } from '@shsw/shared';
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DistrictSelect } from '../../../components/place-select';
import { useVocabularyLabel } from '../../../lib/format';
import { withParams } from '../../../lib/url-state';
import type { VerificationFilters as Filters } from '../api/get-verification-queue';

const ages = [7, 30, 90] as const;

/** The queue's search and filters, as the URL holds them. */
export function verificationFiltersFrom(search: URLSearchParams): Filters {
  const age = Number(search.get('olderThanDays'));
  const district = search.get('district');
  return {
    q: search.get('q') || undefined,
    districtCode: district && /^\d{6}$/.test(district) ? district : undefined,
    type: organisationTypes.find((o) => o.code === search.get('type'))?.code,
    olderThanDays: ages.find((a) => a === age),
  };
}

/** Search (name or credit code) and filters (district, type, waiting time); each change goes to page 1. */
export function VerificationFilters() {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const [search, setSearch] = useSearchParams();
  const filters = verificationFiltersFrom(search);
  const set = (key: string, value: string | number | undefined | null) =>
    setSearch((s) => withParams(s, { [key]: value ?? null }));
  return (
    <search aria-label={t('bureauQueues.filters')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('bureauQueues.orgSearch')}
          placeholder={t('bureauQueues.orgSearch')}
          defaultValue={filters.q}
          allowClear
          onSearch={(value) => set('q', value.trim())}
          style={{ width: 300 }}
        />
        <DistrictSelect
          aria-label={t('bureauQueues.district')}
          placeholder={t('bureauQueues.district')}
          allowClear
          value={filters.districtCode}
          onChange={(value) => set('district', value)}
          style={{ width: 160 }}
        />
        <Select<string>
          aria-label={t('bureauQueues.type')}
          placeholder={t('bureauQueues.type')}
          allowClear
          value={filters.type}
          onChange={(value) => set('type', value)}
          options={organisationTypes.map((o) => ({ value: o.code, label: vocabulary(organisationTypes, o.code) }))}
          style={{ width: 200 }}
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
      </Space>
    </search>
  );
}
