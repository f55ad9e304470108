import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { checkPassword, type PasswordIssue, passwordLength, passwordPolicy } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import styles from './password-feedback.module.css';

const rules: { key: 'length' | 'common' | 'personal'; issues: PasswordIssue[] }[] = [
  { key: 'length', issues: ['too_short', 'too_long'] },
  { key: 'common', issues: ['common'] },
  { key: 'personal', issues: ['personal_info'] },
];

/**
 * The shared password policy (length only, no composition rules; no common or personal
 * passwords), each rule ticked off live with the shared `checkPassword`.
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
  const result = checkPassword(password, { userInputs });
  const issues = result.ok ? [] : result.issues;
  const typed = password.length > 0;
  return (
    <div id={id} className={styles.feedback}>
      <p className={styles.policy}>{t('auth.password.policy', passwordPolicy)}</p>
      <ul className={styles.rules} aria-live="polite">
        {rules.map((rule) => {
          const failed = rule.issues.some((issue) => issues.includes(issue));
          const state = !typed ? 'todo' : failed ? 'failed' : 'met';
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
    </div>
  );
}
