import { CheckCircleFilled, CloseCircleFilled, MinusCircleFilled } from '@ant-design/icons';
import { labelFor, type MatchReason } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-locale';
import styles from './matches.module.css';

function stateOf(reason: MatchReason): 'met' | 'partial' | 'unmet' {
  return reason.met === 'partial' ? 'partial' : reason.met ? 'met' : 'unmet';
}

const icons = { met: CheckCircleFilled, partial: MinusCircleFilled, unmet: CloseCircleFilled } as const;

/**
 * "How you match" as a checklist: hard requirements first, then the weighted criteria with the
 * points each earned. The wording (with the concrete values) comes from the shared rule, in both languages.
 */
export function MatchReasons({ reasons, label }: { reasons: readonly MatchReason[]; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ordered = [...reasons.filter((r) => r.kind === 'requirement'), ...reasons.filter((r) => r.kind === 'fit')];
  if (ordered.length === 0) return null;
  return (
    <ul className={styles.reasons} aria-label={label} data-testid="match-reasons">
      {ordered.map((reason) => {
        const state = stateOf(reason);
        const Icon = icons[state];
        return (
          <li key={reason.code} className={styles[state]} data-state={state}>
            <Icon aria-hidden className={styles.reasonIcon} />
            <span className="visually-hidden">{t(`matches.state.${state}`)}</span>
            <span className={styles.reasonText}>{labelFor(reason.label, locale)}</span>
            {reason.kind === 'fit' ? (
              <span className={styles.points}>
                {t('matches.points', { earned: Math.round(reason.earned), weight: Math.round(reason.weight) })}
              </span>
            ) : (
              <span className={styles.points}>{t('matches.required')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The score out of 100 as a number in a ring; read out as a sentence. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const level = score >= 80 ? 'high' : score >= 60 ? 'medium' : 'low';
  return (
    <div className={`${styles.score} ${styles[`score_${level}`]}`} data-testid="match-score">
      <span aria-hidden className={styles.scoreNumber}>
        {score}
      </span>
      <span aria-hidden className={styles.scoreUnit}>
        {t('matches.scoreUnit')}
      </span>
      <span className="visually-hidden">{t('matches.scoreLabel', { score })}</span>
    </div>
  );
}
