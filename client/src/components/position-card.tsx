import { employmentTypes, findDistrict, type PositionCard, serviceDomains } from '@shsw/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel, useVocabularyLabel } from '../lib/format';
import styles from './position-card.module.css';
import { PositionStatusTag } from './status-tag';

/**
 * A position as a small card (bookmarks, an organisation's public page). One that no longer takes
 * applications says so by its status; `actions` sits at the side (removing a bookmark).
 */
export function PositionCardView({
  position: p,
  showOrganisation = true,
  actions,
}: {
  position: PositionCard;
  showOrganisation?: boolean;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const district = findDistrict(p.districtCode);
  const titleId = `card-${p.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="position-card">
      <div className={styles.main}>
        <h3 id={titleId} className={styles.title}>
          <Link to={`/positions/${p.id}`}>{p.title}</Link>
          {!p.acceptsApplications && <PositionStatusTag status={p.status} />}
        </h3>
        {showOrganisation && (
          <p className={styles.line}>
            {p.orgVerified ? <Link to={`/organisations/${p.orgId}`}>{p.orgName}</Link> : p.orgName}
          </p>
        )}
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
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </article>
  );
}
