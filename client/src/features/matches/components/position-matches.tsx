import { certificateLevels, findDistrict, serviceDomains, type TalentHit } from '@shsw/shared';
import { Button, Result, Spin, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { EmptyState } from '../../../components/empty-state';
import { SearchError } from '../../../components/search/search-error';
import { ToneTag } from '../../../components/status-tag';
import { isApiError } from '../../../lib/api-error';
import { useLabel, useVocabularyLabel } from '../../../lib/format';
import { usePositionMatches } from '../api/get-position-matches';
import { MatchReasons, MatchScore } from './match-reasons';
import styles from './matches.module.css';

const firstLimit = 20;
const maxLimit = 50;

/** The organisation's view of one position: the best-fitting talent records, each with why. */
export function PositionMatches({
  positionId,
  renderActions,
}: {
  positionId: string;
  /** What the organisation can do from each candidate (composed by the route from other features). */
  renderActions?: ((talent: TalentHit) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(firstLimit);
  const matches = usePositionMatches(positionId, limit);
  if (matches.isPending) return <Spin description={t('app.loading')} />;
  if (matches.isError) {
    if (isApiError(matches.error) && matches.error.code === 'not_verified') {
      return (
        <Result
          status="info"
          title={t('matches.position.notVerified')}
          extra={
            <ButtonLink to="/org" type="primary">
              {t('talentSearch.notVerified.link')}
            </ButtonLink>
          }
        />
      );
    }
    return <SearchError error={matches.error} onRetry={() => void matches.refetch()} />;
  }
  const items = matches.data.items;
  if (items.length === 0) return <EmptyState description={t('matches.position.empty')} />;
  return (
    <section aria-labelledby="matches-title" data-testid="position-matches">
      <div className={styles.toolbar}>
        <h2 id="matches-title" className="visually-hidden">
          {t('matches.position.title')}
        </h2>
        <p className={styles.muted}>{t('matches.position.intro', { count: items.length })}</p>
      </div>
      <ol className={styles.list}>
        {items.map((m) => (
          <li key={m.talent.id}>
            <CandidateCard talent={m.talent} score={m.score} reasons={m.reasons} actions={renderActions?.(m.talent)} />
          </li>
        ))}
      </ol>
      {items.length >= limit && limit < maxLimit && (
        <div className={styles.more}>
          <Button onClick={() => setLimit(maxLimit)} loading={matches.isFetching}>
            {t('matches.showMore')}
          </Button>
        </div>
      )}
    </section>
  );
}

function CandidateCard({
  talent,
  score,
  reasons,
  actions,
}: {
  talent: TalentHit;
  score: number;
  reasons: Parameters<typeof MatchReasons>[0]['reasons'];
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const certificate = certificateLevels.find((l) => l.code === talent.highestCertificate);
  const district = talent.districtCode ? findDistrict(talent.districtCode) : undefined;
  const titleId = `candidate-${talent.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="candidate">
      <div className={styles.main}>
        <h3 id={titleId} className={styles.title}>
          {talent.maskedName}
        </h3>
        <p className={styles.line}>
          {talent.isCertified && <ToneTag tone="good">{t('talentSearch.hit.certified')}</ToneTag>}
          {talent.openToWork && <Tag color="green">{t('talentSearch.hit.openToWork')}</Tag>}
          <span>{certificate ? label(certificate.label) : t('talentSearch.hit.noCertificate')}</span>
          <span aria-hidden>·</span>
          <span>{t('talentSearch.hit.experience', { count: Math.round(talent.totalExperienceYears * 10) / 10 })}</span>
          {district && (
            <>
              <span aria-hidden>·</span>
              <span>{label(district.label)}</span>
            </>
          )}
        </p>
        {talent.serviceDomains.length > 0 && (
          <p className={styles.line}>{talent.serviceDomains.map((d) => vocabulary(serviceDomains, d)).join(' · ')}</p>
        )}
      </div>
      <MatchScore score={score} />
      <div className={styles.reasonsBlock}>
        <MatchReasons reasons={reasons} label={t('matches.reasonsFor', { name: talent.maskedName })} />
      </div>
      {actions && <div className={styles.reasonsBlock}>{actions}</div>}
    </article>
  );
}
