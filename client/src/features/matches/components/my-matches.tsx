import { employmentTypes, findDistrict, type MatchReason, type PositionHit, serviceDomains } from '@shsw/shared';
import { Alert, Button, Segmented, Spin, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { EmptyState } from '../../../components/empty-state';
import { SearchError } from '../../../components/search/search-error';
import { ToneTag } from '../../../components/status-tag';
import { ViewerMarks } from '../../../components/viewer-marks';
import { useLabel, useVocabularyLabel } from '../../../lib/format';
import { withParams } from '../../../lib/url-state';
import { useMyMatches } from '../api/get-my-matches';
import { MatchReasons, MatchScore } from './match-reasons';
import styles from './matches.module.css';

const firstLimit = 20;
const maxLimit = 50;

/**
 * "Positions for me": open positions ranked for the worker's record with reasons, or simply the
 * newest; ones already applied to are marked (and come last). `actions` per position (收藏).
 */
export function MyMatches({ actions }: { actions?: (position: PositionHit) => ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const personalised = search.get('personalised') !== 'false';
  const [limit, setLimit] = useState(firstLimit);
  const matches = useMyMatches(personalised, limit);
  return (
    <>
      <div className={styles.toolbar}>
        <Segmented
          aria-label={t('matches.mine.orderLabel')}
          value={personalised ? 'personalised' : 'newest'}
          options={[
            { value: 'personalised', label: t('matches.mine.personalised') },
            { value: 'newest', label: t('matches.mine.newest') },
          ]}
          onChange={(value) => setSearch((s) => withParams(s, { personalised: value === 'newest' ? 'false' : null }))}
        />
        <Link to="/me/profile">{t('matches.mine.improve')}</Link>
      </div>
      {matches.isPending ? (
        <Spin description={t('app.loading')} />
      ) : matches.isError ? (
        <SearchError error={matches.error} onRetry={() => void matches.refetch()} />
      ) : matches.data.items.length === 0 ? (
        <EmptyState
          description={t('matches.mine.empty')}
          action={
            <ButtonLink to="/positions" type="primary">
              {t('matches.mine.search')}
            </ButtonLink>
          }
        />
      ) : (
        <Spin spinning={matches.isFetching && matches.isPlaceholderData}>
          {personalised && <Alert type="info" showIcon title={t('matches.mine.howTitle')} className={styles.note} />}
          <ol className={styles.list} aria-label={t('matches.mine.listLabel')}>
            {matches.data.items.map((m) => (
              <li key={m.position.id}>
                <PositionMatchCard
                  position={m.position}
                  score={personalised ? m.score : null}
                  eligible={m.eligible}
                  reasons={m.reasons}
                  actions={actions?.(m.position)}
                />
              </li>
            ))}
          </ol>
          {matches.data.items.length >= limit && limit < maxLimit && (
            <div className={styles.more}>
              <Button onClick={() => setLimit(maxLimit)} loading={matches.isFetching}>
                {t('matches.showMore')}
              </Button>
            </div>
          )}
        </Spin>
      )}
    </>
  );
}

function PositionMatchCard({
  position: p,
  score,
  eligible,
  reasons,
  actions,
}: {
  position: PositionHit;
  score: number | null;
  eligible: boolean;
  reasons: readonly MatchReason[];
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const district = findDistrict(p.districtCode);
  const titleId = `match-${p.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="position-match">
      <div className={styles.main}>
        <h2 id={titleId} className={styles.title}>
          <Link to={`/positions/${p.id}`}>{p.title}</Link>
        </h2>
        <p className={styles.line}>
          {p.orgVerified ? (
            <Link to={`/organisations/${p.orgId}`}>
              <strong>{p.orgName}</strong>
            </Link>
          ) : (
            <strong>{p.orgName}</strong>
          )}
          {p.orgVerified && <ToneTag tone="good">{t('positions.view.verified')}</ToneTag>}
          {score !== null && !eligible && <Tag color="red">{t('matches.mine.notEligible')}</Tag>}
          <ViewerMarks marks={p.viewer} />
        </p>
        <p className={styles.line}>
          <span>{t('salary.range', { min: p.salaryMin, max: p.salaryMax })}</span>
          <span aria-hidden>·</span>
          <span>{vocabulary(serviceDomains, p.primaryDomain)}</span>
          {district && (
            <>
              <span aria-hidden>·</span>
              <span>{label(district.label)}</span>
            </>
          )}
          <span aria-hidden>·</span>
          <span>{vocabulary(employmentTypes, p.employmentType)}</span>
        </p>
        {actions && <div className={styles.line}>{actions}</div>}
      </div>
      {score !== null && <MatchScore score={score} />}
      {score !== null && (
        <div className={styles.reasonsBlock}>
          <MatchReasons reasons={reasons} label={t('matches.reasonsFor', { name: p.title })} />
        </div>
      )}
    </article>
  );
}
