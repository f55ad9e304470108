import {
  certificateLevels,
  educationLevels,
  findDistrict,
  serviceDomains,
  type TalentView,
  talentCategories,
} from '@shsw/shared';
import { Descriptions, Result, Space, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { PageHeading } from '../../../components/page-heading';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-error';
import { useLabel, useVocabularyLabel } from '../../../lib/format';
import { useSentInvitations } from '../api/get-sent-invitations';
import { useTalentRecord } from '../api/get-talent-record';
import { ContactRequestButton } from './contact-request-button';
import styles from './invitations.module.css';
import { InviteButton } from './invite-button';
import { SharedContactPanel } from './shared-contact-panel';
import { InvitationStatusTag } from './status-tags';

/**
 * `/talent/:id`: a talent record as an organisation (or the bureau) may see it, masked. Members of
 * an organisation can invite the person to apply, ask for contact details and see them once granted.
 */
export function TalentRecordPage({ profileId, canConnect }: { profileId: string; canConnect: boolean }) {
  const { t } = useTranslation();
  const record = useTalentRecord(profileId);
  if (record.isPending) return <Spin description={t('app.loading')} />;
  if (record.isError) {
    if (isApiError(record.error) && record.error.code === 'not_found') {
      return (
        <Result
          status="404"
          title={t('invitations.talent.notFound')}
          extra={<ButtonLink to="/talent">{t('invitations.talent.back')}</ButtonLink>}
        />
      );
    }
    return <QueryError error={record.error} onRetry={() => void record.refetch()} />;
  }
  const r = record.data;
  return (
    <>
      <PageHeading
        title={`${t('invitations.talent.title')} · ${r.maskedName}`}
        intro={t('invitations.talent.masked')}
        extra={
          canConnect ? (
            <Space wrap>
              <InviteButton profileId={profileId} name={r.maskedName} />
              <ContactRequestButton profileId={profileId} name={r.maskedName} />
            </Space>
          ) : undefined
        }
      />
      {canConnect && (
        <section className={styles.card}>
          <SharedContactPanel profileId={profileId} />
        </section>
      )}
      <RecordDetails record={r} />
      {canConnect && <InvitationsToThisPerson profileId={profileId} />}
    </>
  );
}

function RecordDetails({ record: r }: { record: TalentView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const district = r.districtCode ? findDistrict(r.districtCode) : undefined;
  const certificate = certificateLevels.find((l) => l.code === r.computed.highestCertificate);
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'district', label: t('invitations.talent.district'), children: district ? label(district.label) : '—' },
    { key: 'birthYear', label: t('invitations.talent.birthYear'), children: r.birthYear ?? '—' },
    {
      key: 'certificates',
      label: t('invitations.talent.certificates'),
      children: certificate ? label(certificate.label) : t('talentSearch.hit.noCertificate'),
    },
    {
      key: 'education',
      label: t('invitations.talent.education'),
      children:
        r.education
          .map((e) => `${vocabulary(educationLevels, e.level)} · ${e.school} · ${e.major} (${e.graduationYear})`)
          .join('；') || '—',
    },
    {
      key: 'experience',
      label: t('invitations.talent.serviceHistory'),
      children: (
        <>
          <p>
            {t('invitations.talent.experience', { count: Math.round(r.computed.totalExperienceYears * 10) / 10 })}
            {' · '}
            {t('invitations.talent.ceHours', { hours: r.continuingEducationHours })}
          </p>
          <ul>
            {r.serviceHistory.map((s) => (
              <li key={`${s.organisationName}-${s.from}`}>
                {s.organisationName} · {s.role} · {s.from}–{s.to ?? ''}
              </li>
            ))}
          </ul>
        </>
      ),
    },
    {
      key: 'domains',
      label: t('invitations.talent.domains'),
      children: r.serviceDomains.map((d) => <Tag key={d}>{vocabulary(serviceDomains, d)}</Tag>),
    },
    { key: 'skills', label: t('invitations.talent.skills'), children: r.skills.join('；') || '—' },
    {
      key: 'category',
      label: t('invitations.talent.wishes'),
      children:
        [
          r.talentCategory ? vocabulary(talentCategories, r.talentCategory) : null,
          r.wishes.salaryMin ? t('talentSearch.hit.wishSalary', { amount: r.wishes.salaryMin }) : null,
          r.openToWork ? t('talentSearch.hit.openToWork') : null,
        ]
          .filter(Boolean)
          .join(' · ') || '—',
    },
    { key: 'mobile', label: t('invitations.contact.mobile'), children: r.maskedMobile ?? '—' },
  ];
  return <Descriptions className={styles.section} bordered column={1} size="small" items={items} />;
}

function InvitationsToThisPerson({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const sent = useSentInvitations({ page: 1, profileId });
  if (sent.isError) return <QueryError error={sent.error} onRetry={() => void sent.refetch()} />;
  const items = sent.data?.items ?? [];
  return (
    <section className={styles.section} aria-labelledby="to-person-title">
      <h2 id="to-person-title">{t('invitations.talent.invitations')}</h2>
      {items.length === 0 ? (
        <p className={styles.muted}>{t('invitations.talent.noneYet')}</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.id}>
              {i.position.title} <InvitationStatusTag status={i.status} />
              {i.declineReason && ` ${t('invitations.org.declineReason')}: ${i.declineReason}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
