import { findDistrict, findStreet, type OrganisationPage, organisationTypes, serviceDomains } from '@shsw/shared';
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { PageTitle } from '../../../components/page-title';
import { PositionCardView } from '../../../components/position-card';
import { SearchPager } from '../../../components/search/search-pager';
import { ToneTag } from '../../../components/status-tag';
import { useLabel, useVocabularyLabel } from '../../../lib/format';
import { organisationPageSize } from '../api/get-organisation-page';
import styles from './organisation-public-page.module.css';

/** What anyone may see of a verified organisation: no person is named on it. */
export function OrganisationPublicPage({
  data,
  page,
  onPage,
}: {
  data: OrganisationPage;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const org = data.organisation;
  const district = findDistrict(org.districtCode);
  const street = findStreet(org.streetCode);
  const domains = Object.entries(data.openByDomain).sort((a, b) => b[1] - a[1]);
  return (
    <>
      <PageTitle documentTitle={org.name}>{org.name}</PageTitle>
      <p className={styles.meta} data-testid="org-badges">
        {org.verified && <ToneTag tone="good">{t('positions.view.verified')}</ToneTag>}
        {org.agencyQualified && <Tag color="blue">{t('org.agency.badge')}</Tag>}
        <span>{vocabulary(organisationTypes, org.type)}</span>
        <span aria-hidden>·</span>
        <span>{[district && label(district.label), street && label(street.label)].filter(Boolean).join(' · ')}</span>
      </p>
      <Descriptions
        className={styles.figures}
        title={t('organisationPage.staffTitle')}
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          { key: 'fullTime', label: t('organisationPage.staff.fullTime'), children: data.staff.fullTime },
          { key: 'certified', label: t('organisationPage.staff.certified'), children: data.staff.certified },
          { key: 'qualified', label: t('organisationPage.staff.qualified'), children: data.staff.qualified },
        ]}
      />
      <Typography.Title level={2}>{t('organisationPage.openTitle', { count: data.positions.total })}</Typography.Title>
      {domains.length > 0 && (
        <ul className={styles.domains} aria-label={t('organisationPage.byDomain')}>
          {domains.map(([code, n]) => (
            <li key={code}>
              <Tag>{`${vocabulary(serviceDomains, code)} ${n}`}</Tag>
            </li>
          ))}
        </ul>
      )}
      {data.positions.total === 0 ? (
        <EmptyState description={t('organisationPage.noOpen')} />
      ) : (
        <>
          <ol className={styles.list} aria-label={t('organisationPage.openTitle', { count: data.positions.total })}>
            {data.positions.items.map((p) => (
              <li key={p.id}>
                <PositionCardView position={p} showOrganisation={false} />
              </li>
            ))}
          </ol>
          <SearchPager page={page} pageSize={organisationPageSize} total={data.positions.total} onChange={onPage} />
        </>
      )}
    </>
  );
}
