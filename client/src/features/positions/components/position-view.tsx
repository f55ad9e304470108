import {
  certificateLevels,
  deadlineEnd,
  educationLevels,
  employmentTypes,
  findDistrict,
  findStreet,
  organisationTypes,
  type Position,
  serviceDomains,
  talentCategories,
} from '@shsw/shared';
import { Alert, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DomainMarkers } from '../../../components/domain-tag';
import { SafeMarkdown } from '../../../components/markdown';
import { PageTitle } from '../../../components/page-title';
import { SalaryScale } from '../../../components/salary-scale';
import { ToneTag } from '../../../components/status-tag';
import { formatDate, useLabel, useVocabularyLabel } from '../../../lib/format';
import styles from './position-view.module.css';
import { SalaryFlag, useSalaryRange } from './salary-flag';

function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div className={styles.fact} data-testid={testId}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Days left to apply, counted to the end of the deadline day in Shanghai. */
function daysLeft(deadline: string): number {
  return Math.max(0, Math.ceil((deadlineEnd(deadline).getTime() - Date.now()) / 86_400_000) - 1);
}

/**
 * Everything about a position, as applicants see it: the organisation and its badges, pay read
 * against the guidance, requirements and the description. `aside` holds the apply panel.
 */
export function PositionView({ position: p, aside }: { position: Position; aside?: ReactNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const salary = useSalaryRange();
  const district = findDistrict(p.districtCode);
  const street = findStreet(p.streetCode);
  const primary = serviceDomains.find((d) => d.code === p.primaryDomain);
  const secondary = serviceDomains.find((d) => d.code === p.secondaryDomain);
  const certificate = certificateLevels.find((l) => l.code === p.minCertificate);
  const education = educationLevels.find((l) => l.code === p.minEducation);
  const org = p.organisation;
  return (
    <article className={styles.page}>
      {p.status === 'draft' && (
        <Alert type="info" showIcon title={t('positions.view.draftPreview')} className={styles.banner} />
      )}
      {p.status !== 'draft' && !p.acceptsApplications && (
        <Alert
          type="warning"
          showIcon
          title={t('positions.view.notAccepting', { status: t(`status.position.${p.status}`) })}
          className={styles.banner}
        />
      )}
      <header className={styles.header}>
        <PageTitle documentTitle={`${p.title} · ${org.name}`}>{p.title}</PageTitle>
        <p className={styles.org}>
          {org.verified ? (
            <Link className={styles.orgName} to={`/organisations/${org.id}`}>
              {org.name}
            </Link>
          ) : (
            <span className={styles.orgName}>{org.name}</span>
          )}
          <span className={styles.badges} data-testid="org-badges">
            {org.verified ? (
              <ToneTag tone="good">{t('positions.view.verified')}</ToneTag>
            ) : (
              <ToneTag tone="neutral">{t('positions.view.unverified')}</ToneTag>
            )}
            {org.agencyQualified && <Tag color="blue">{t('org.agency.badge')}</Tag>}
            <span className={styles.muted}>{vocabulary(organisationTypes, org.type)}</span>
          </span>
        </p>
        <p className={styles.salary}>
          <span data-testid="position-salary">{salary(p)}</span> <SalaryFlag position={p} />
        </p>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="facts-title" className={styles.card}>
            <h2 id="facts-title" className={styles.cardTitle}>
              {t('positions.view.facts')}
            </h2>
            <dl className={styles.facts}>
              <Fact term={t('positions.fields.place')}>
                {[district && label(district.label), street && label(street.label)].filter(Boolean).join(' · ')}
              </Fact>
              <Fact term={t('positions.fields.employmentType')}>{vocabulary(employmentTypes, p.employmentType)}</Fact>
              <Fact term={t('positions.fields.headcount')}>
                {t('positions.view.headcount', { count: p.headcount, filled: p.filledCount })}
              </Fact>
              <Fact term={t('positions.fields.primaryDomain')}>
                {primary && (
                  <span className={styles.domain}>
                    {label(primary.label)} <DomainMarkers domain={primary} />
                  </span>
                )}
                {secondary && (
                  <span className={styles.muted}>
                    {' '}
                    {t('positions.view.alsoDomain', { domain: label(secondary.label) })}
                  </span>
                )}
              </Fact>
              <Fact term={t('positions.fields.talentCategory')}>{vocabulary(talentCategories, p.talentCategory)}</Fact>
              <Fact term={t('positions.fields.deadline')} testId="position-deadline">
                {p.deadline
                  ? t('positions.view.deadline', { date: p.deadline, days: daysLeft(p.deadline) })
                  : t('positions.list.deadlineOnPublish')}
              </Fact>
              {p.publishedAt && <Fact term={t('positions.view.published')}>{formatDate(p.publishedAt)}</Fact>}
            </dl>
          </section>

          <SalarySection position={p} />

          <section aria-labelledby="requirements-title" className={styles.card}>
            <h2 id="requirements-title" className={styles.cardTitle}>
              {t('positions.form.requirements')}
            </h2>
            <dl className={styles.facts}>
              <Fact term={t('positions.fields.minCertificate')}>
                {certificate
                  ? t('positions.view.orAbove', { level: label(certificate.label) })
                  : t('positions.fields.noCertificate')}
              </Fact>
              <Fact term={t('positions.fields.minEducation')}>
                {education
                  ? t('positions.view.orAbove', { level: label(education.label) })
                  : t('positions.fields.noEducation')}
              </Fact>
              <Fact term={t('positions.view.major')}>
                {p.socialWorkMajorRequired ? t('positions.view.majorRequired') : t('positions.view.majorNotRequired')}
              </Fact>
              <Fact term={t('positions.fields.minYearsInDomain')}>
                {p.minYearsInDomain > 0
                  ? t('positions.view.years', { count: p.minYearsInDomain })
                  : t('positions.view.noYears')}
              </Fact>
            </dl>
            {p.skills.length > 0 && <TagList title={t('positions.fields.skills')} items={p.skills} />}
          </section>

          {(p.benefits.length > 0 || p.governmentPurchase) && (
            <section aria-labelledby="terms-title" className={styles.card}>
              <h2 id="terms-title" className={styles.cardTitle}>
                {t('positions.form.terms')}
              </h2>
              {p.benefits.length > 0 && <TagList title={t('positions.fields.benefits')} items={p.benefits} />}
              {p.governmentPurchase && (
                <p>
                  {t('positions.view.governmentPurchase', {
                    funder: p.governmentPurchase.funder,
                    date: p.governmentPurchase.projectEndDate,
                  })}
                </p>
              )}
            </section>
          )}

          <section aria-labelledby="description-title" className={styles.card}>
            <h2 id="description-title" className={styles.cardTitle}>
              {t('positions.form.description')}
            </h2>
            <SafeMarkdown>{p.description}</SafeMarkdown>
          </section>
        </div>
        {aside && <aside className={styles.aside}>{aside}</aside>}
      </div>
    </article>
  );
}

function TagList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div className={styles.tags}>
      <h3 className={styles.tagsTitle}>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <Tag>{item}</Tag>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Pay against the guidance: the figures, where the range sits, and a plain-words verdict. */
function SalarySection({ position: p }: { position: Position }) {
  const { t } = useTranslation();
  const c = p.salaryComparison;
  return (
    <section aria-labelledby="salary-title" className={styles.card} data-testid="position-guidance">
      <h2 id="salary-title" className={styles.cardTitle}>
        {t('positions.view.salaryTitle')}
      </h2>
      {c ? (
        <>
          <p>
            {t('positions.view.guidanceLine', {
              year: c.year,
              level: t(`salary.levels.${c.level}`),
              low: c.guidance.low,
              median: c.guidance.median,
              high: c.guidance.high,
            })}
          </p>
          <SalaryScale guidance={c.guidance} range={{ min: p.salaryMin, max: p.salaryMax }} />
          <p>{t(`salary.band.${c.band}Sentence`, { min: p.salaryMin, max: p.salaryMax, ratio: c.ratioToMedian })}</p>
          {c.belowLow && (
            <Alert
              type="warning"
              showIcon
              title={c.entirelyBelowLow ? t('salary.flag.entirelyBelow') : t('salary.flag.below')}
              description={t('positions.view.belowText')}
            />
          )}
        </>
      ) : (
        <p className={styles.muted}>
          {t('positions.view.noGuidance', { year: dayjs(p.publishedAt ?? undefined).year() })}
        </p>
      )}
    </section>
  );
}
