import { certificateLevels, type OwnProfile, socialWorkTrainingHours } from '@shsw/shared';
import { Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, useVocabularyLabel } from '../../../lib/format';
import { sectionPath, stepOfCompleteness } from './profile-sections';
import styles from './profile-summary.module.css';

/** Completeness with what to fill next, and the badges the platform computes from the record. */
export function ProfileSummary({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const { completeness } = profile.computed;
  return (
    <section className={styles.summary} aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {t('profile.summary.title')}
      </h2>
      <div className={styles.meter}>
        <Progress
          type="circle"
          percent={completeness.percent}
          size={96}
          aria-label={t('profile.summary.completeness', { percent: completeness.percent })}
          format={(percent) => <span data-testid="completeness-percent">{percent}%</span>}
        />
        <div>
          <p className={styles.meterTitle}>{t('profile.summary.completeness', { percent: completeness.percent })}</p>
          {completeness.missing.length > 0 ? (
            <>
              <p className={styles.next}>{t('profile.summary.fillNext')}</p>
              <ul className={styles.missing}>
                {completeness.missing.map((section) => (
                  <li key={section}>
                    <Link to={sectionPath(stepOfCompleteness(section) ?? 'personal')}>
                      {t(`profile.summary.sections.${section}` as 'profile.summary.sections.personal')}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className={styles.next}>{t('profile.summary.complete')}</p>
          )}
        </div>
      </div>
      <ProfileBadges profile={profile} />
    </section>
  );
}

function ProfileBadges({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const c = profile.computed;
  const pendingCertificate = !c.highestCertificate && c.provisionalHighestCertificate;
  return (
    <ul className={styles.badges} aria-label={t('profile.badges.label')}>
      <li data-testid="badge-talent">
        {c.isTalent ? (
          <>
            <Tag color="blue" className={styles.tag}>
              {t('profile.badges.talent')}
            </Tag>
            <span className={styles.why}>
              {t('profile.badges.talentGrounds', {
                grounds: c.talentGrounds.map((g) => t(`profile.badges.grounds.${g}`)).join(t('errors.listSeparator')),
              })}
            </span>
          </>
        ) : (
          <span className={styles.why}>{t('profile.badges.notTalent', { hours: socialWorkTrainingHours })}</span>
        )}
      </li>
      <li data-testid="badge-certified">
        {c.isCertified ? (
          <Tag color="green" className={styles.tag}>
            {t('profile.badges.certified')}
          </Tag>
        ) : pendingCertificate ? (
          <Tag color="gold" className={styles.tag}>
            {t('profile.badges.certifiedPending')}
          </Tag>
        ) : (
          <span className={styles.why}>{t('profile.badges.notCertified')}</span>
        )}
      </li>
      <li data-testid="badge-certificate">
        <span className={styles.label}>{t('profile.badges.highestCertificate')}</span>{' '}
        {c.highestCertificate
          ? vocabulary(certificateLevels, c.highestCertificate)
          : c.provisionalHighestCertificate
            ? t('profile.badges.pendingLevel', {
                level: vocabulary(certificateLevels, c.provisionalHighestCertificate),
              })
            : t('common.none')}
      </li>
      <li data-testid="badge-ce">
        <span className={styles.label}>{t('profile.badges.ce')}</span> <CeStatus ce={c.ce} />
      </li>
    </ul>
  );
}

function CeStatus({ ce }: { ce: OwnProfile['computed']['ce'] }) {
  const { t } = useTranslation();
  const values = {
    completed: ce.completed,
    required: ce.required,
    short: ce.hoursShort,
    end: formatDate(ce.cycleEnd),
  };
  switch (ce.status) {
    case 'met':
      return <Tag color="green">{t('profile.badges.ceMet', values)}</Tag>;
    case 'short':
      return <Tag color={ce.reminderDue ? 'red' : 'orange'}>{t('profile.badges.ceShort', values)}</Tag>;
    case 'expired':
      return <Tag color="red">{t('profile.badges.ceExpired', values)}</Tag>;
    case 'no_certificate':
      return <span className={styles.why}>{t('profile.badges.ceNone')}</span>;
  }
}
