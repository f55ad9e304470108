import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { type PasswordIssue, passwordLength, passwordPolicy } from '@shsw/shared';
import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePasswordCheck } from '../hooks/use-password-check';
import styles from './password-feedback.module.css';

const rules: { key: 'length' | 'personal' | 'strength'; issues: PasswordIssue[] }[] = [
  { key: 'length', issues: ['too_short', 'too_long'] },
  { key: 'personal', issues: ['personal_info'] },
  { key: 'strength', issues: ['weak', 'common'] },
];

/** What makes a weak password guessable, in the order worth fixing. */
const reasons = [
  'common',
  'word',
  'repeated',
  'sequence',
  'keyboard',
  'date',
] as const satisfies readonly PasswordIssue[];

/**
 * The shared password policy (length, no composition rules; not the login or name; hard to
 * guess by the shared strength estimate), each rule ticked off live, with what to change.
 */
export function PasswordFeedback({
  password,
  userInputs,
  id,
}: {
  password: string;
  userInputs: string[];
  id?: string;
}) {
  const { t } = useTranslation();
  const result = usePasswordCheck(password, userInputs);
  const issues = result && !result.ok ? result.issues : [];
  const typed = password.length > 0;
  const strengthKnown = result !== null && typed && passwordLength(password) <= passwordPolicy.maxLength;
  return (
    <div id={id} className={styles.feedback}>
      <p className={styles.policy}>{t('auth.password.policy', passwordPolicy)}</p>
      <ul className={styles.rules} aria-live="polite">
        {rules.map((rule) => {
          const failed = rule.issues.some((issue) => issues.includes(issue));
          const pending = result === null && rule.key !== 'length';
          const state = !typed || pending ? 'todo' : failed ? 'failed' : 'met';
          const Icon =
            state === 'met' ? CheckCircleFilled : state === 'failed' ? CloseCircleFilled : MinusCircleOutlined;
          return (
            <li key={rule.key} className={styles[state]}>
              <Icon aria-hidden className={styles.icon} />
              <span>
                {t(`auth.password.rules.${rule.key}`, { ...passwordPolicy, length: passwordLength(password) })}
                <span className="visually-hidden">{t(`auth.password.state.${state}`)}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {strengthKnown && (
        <div className={styles.strength}>
          <Progress
            percent={((result.score + 1) / 5) * 100}
            steps={5}
            size={[28, 6]}
            showInfo={false}
            status={result.score >= passwordPolicy.minScore ? 'success' : 'exception'}
            aria-hidden
          />
          <span>{t('auth.password.score', { score: result.score, min: passwordPolicy.minScore })}</span>
        </div>
      )}
      {issues.includes('weak') && (
        <ul className={styles.reasons}>
          {reasons
            .filter((reason) => issues.includes(reason))
            .map((reason) => (
              <li key={reason}>{t(`auth.password.reasons.${reason}`)}</li>
            ))}
          <li>{t('auth.password.reasons.advice')}</li>
        </ul>
      )}
    </div>
  );
}
