import {
  certificateLevels,
  educationLevels,
  findDistrict,
  findStreet,
  serviceDomains,
  type TalentHit,
  talentCategories,
} from '@shsw/shared';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HighlightedSnippet, HighlightedText } from '../../../components/search/highlighted-text';
import { MatchReasons } from '../../../components/search/match-reasons';
import { ToneTag } from '../../../components/status-tag';
import { useLabel, useVocabularyLabel } from '../../../lib/format';
import styles from './talent-hit-card.module.css';

const ceTones = { met: 'good', short: 'waiting', expired: 'bad', no_certificate: 'neutral' } as const;

/** The masked talent record as the search returns it: name masked, no contact, matched words marked. */
export function TalentHitCard({ hit, actions }: { hit: TalentHit; actions?: ReactNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const district = hit.districtCode ? findDistrict(hit.districtCode) : undefined;
  const street = hit.streetCode ? findStreet(hit.streetCode) : undefined;
  const certificate = certificateLevels.find((l) => l.code === hit.highestCertificate);
  const education = educationLevels.find((l) => l.code === hit.educationLevel);
  const ce = hit.ceStatus in ceTones ? (hit.ceStatus as keyof typeof ceTones) : null;
  const titleId = `talent-${hit.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="talent-hit">
      <div className={styles.head}>
        <h2 id={titleId} className={styles.name}>
          {hit.maskedName}
        </h2>
        <span className={styles.badges}>
          {hit.isTalent && <ToneTag tone="progress">{t('talentSearch.hit.talent')}</ToneTag>}
          {hit.isCertified && (
            // The plan's 持证社工 counts a degree too: say so, so the badge never contradicts "no certificate".
            <span title={t('talentSearch.hit.certifiedHelp')} data-testid="certified-badge">
              <ToneTag tone="good">
                {t(certificate ? 'talentSearch.hit.certified' : 'talentSearch.hit.certifiedByDegree')}
              </ToneTag>
            </span>
          )}
          {hit.openToWork && <Tag color="green">{t('talentSearch.hit.openToWork')}</Tag>}
        </span>
      </div>
      <ul className={styles.facts} aria-label={t('talentSearch.hit.facts')}>
        <li>{certificate ? label(certificate.label) : t('talentSearch.hit.noCertificate')}</li>
        {education && <li>{label(education.label)}</li>}
        {hit.talentCategory && <li>{vocabulary(talentCategories, hit.talentCategory)}</li>}
        <li>{t('talentSearch.hit.experience', { count: Math.round(hit.totalExperienceYears * 10) / 10 })}</li>
        {district && <li>{[label(district.label), street && label(street.label)].filter(Boolean).join(' · ')}</li>}
        {hit.wishSalaryMin !== null && <li>{t('talentSearch.hit.wishSalary', { amount: hit.wishSalaryMin })}</li>}
      </ul>
      {hit.serviceDomains.length > 0 && (
        <ul className={styles.domains} aria-label={t('talentSearch.hit.domains')}>
          {hit.serviceDomains.map((d) => (
            <li key={d}>
              <Tag>{vocabulary(serviceDomains, d)}</Tag>
            </li>
          ))}
        </ul>
      )}
      {hit.skills.length > 0 && (
        <p className={styles.skills}>
          <span className={styles.term}>{t('talentSearch.hit.skills')}</span>{' '}
          <HighlightedText html={hit.highlights.skills} fallback={hit.skills.join('; ')} />
        </p>
      )}
      <HighlightedSnippet html={hit.highlights.roles} className={styles.roles} />
      <MatchReasons matches={hit.matches} />
      <div className={styles.foot}>
        {ce && <ToneTag tone={ceTones[ce]}>{t(`talentSearch.ce.${ce}`)}</ToneTag>}
        {actions}
      </div>
    </article>
  );
}
