import {
  certificateLevels,
  employmentTypes,
  findDistrict,
  findStreet,
  organisationTypes,
  type PositionHit,
  serviceDomains,
} from '@shsw/shared';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HighlightedSnippet, HighlightedText } from '../../../components/search/highlighted-text';
import { MatchReasons } from '../../../components/search/match-reasons';
import { ToneTag } from '../../../components/status-tag';
import { ViewerMarks } from '../../../components/viewer-marks';
import { formatDate, useLabel, useVocabularyLabel } from '../../../lib/format';
import styles from './position-hit-card.module.css';

/**
 * One open position in the results: what, who, where, pay and requirements, with matched words
 * marked, and whether the signed-in worker already applied. `actions` sits at the foot (收藏).
 */
export function PositionHitCard({ hit, actions }: { hit: PositionHit; actions?: ReactNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const district = findDistrict(hit.districtCode);
  const street = findStreet(hit.streetCode);
  const certificate = certificateLevels.find((l) => l.code === hit.minCertificate);
  const titleId = `hit-${hit.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="position-hit">
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          <Link to={`/positions/${hit.id}`}>
            <HighlightedText html={hit.highlights.title} fallback={hit.title} />
          </Link>
          <ViewerMarks marks={hit.viewer} className={styles.mark} />
        </h2>
        <p className={styles.salary}>
          {t('salary.range', { min: hit.salaryMin, max: hit.salaryMax })}
          {hit.belowGuidance && (
            <Tag
              variant="outlined"
              style={{ color: '#8a3b00', background: '#fff7e6', borderColor: '#ffc069', marginInlineEnd: 0 }}
            >
              {t('salary.flag.below')}
            </Tag>
          )}
        </p>
      </div>
      <p className={styles.org}>
        {hit.orgVerified ? (
          <Link className={styles.orgName} to={`/organisations/${hit.orgId}`}>
            {hit.orgName}
          </Link>
        ) : (
          <span className={styles.orgName}>{hit.orgName}</span>
        )}
        {hit.orgVerified ? (
          <ToneTag tone="good">{t('positions.view.verified')}</ToneTag>
        ) : (
          <ToneTag tone="neutral">{t('positions.view.unverified')}</ToneTag>
        )}
        {hit.agencyQualified && <Tag color="blue">{t('org.agency.badge')}</Tag>}
        {/* The type once: a qualified agency's badge already names it. */}
        {!(hit.agencyQualified && hit.orgType === 'social_work_agency') && (
          <span className={styles.muted}>{vocabulary(organisationTypes, hit.orgType)}</span>
        )}
      </p>
      <ul className={styles.facts} aria-label={t('search.hit.facts')}>
        <li>{vocabulary(serviceDomains, hit.primaryDomain)}</li>
        <li>{[district && label(district.label), street && label(street.label)].filter(Boolean).join(' · ')}</li>
        <li>{vocabulary(employmentTypes, hit.employmentType)}</li>
        <li>
          {certificate
            ? t('positions.view.orAbove', { level: label(certificate.label) })
            : t('positions.fields.noCertificate')}
        </li>
        <li>{t('search.hit.headcount', { count: hit.headcount })}</li>
      </ul>
      <HighlightedSnippet html={hit.highlights.description} className={styles.snippet} />
      <MatchReasons matches={hit.matches} />
      <p className={styles.dates}>
        {t('search.hit.published', { date: formatDate(hit.publishedAt) })}
        {hit.deadline && ` · ${t('search.hit.deadline', { date: hit.deadline })}`}
      </p>
      {actions && <div className={styles.actions}>{actions}</div>}
    </article>
  );
}
