import { type Locale, locales } from '@shsw/shared';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetMailLanguage } from '../../features/account-email/api/email-status';
import { setLocale } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { useLocale } from '../../lib/use-locale';
import styles from './language-switch.module.css';

/**
 * 中文 / English, each named in its own language; the choice is remembered on this device and,
 * signed in, on the account, so mail is written in it too.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLocale();
  const { user } = useSession();
  const setMailLanguage = useSetMailLanguage();
  return (
    <Space.Compact role="group" aria-label={t('language.label')} data-testid="lang-switch" className={styles.switch}>
      {locales.map((locale: Locale) => (
        <Button
          key={locale}
          lang={locale}
          size="middle"
          type={locale === current ? 'primary' : 'default'}
          aria-pressed={locale === current}
          onClick={() => {
            void setLocale(locale);
            if (user && user.language !== locale) setMailLanguage.mutate(locale);
          }}
        >
          {t(`language.${locale}`)}
        </Button>
      ))}
    </Space.Compact>
  );
}
