import { PRIVACY_NOTICE_VERSION } from '@shsw/shared';
import { Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './privacy-notice.module.css';

const paragraphs = ['controller', 'collect', 'purpose', 'sharing', 'sensitive', 'storage', 'rights'] as const;

/** The privacy notice the sign-up consent refers to, with its version (recorded with the consent). */
export function PrivacyNotice() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <section className={styles.notice} aria-labelledby={titleId} tabIndex={0}>
      <Typography.Title level={2} id={titleId} className={styles.title}>
        {t('privacyNotice.title')}
      </Typography.Title>
      <p className={styles.version}>{t('privacyNotice.version', { version: PRIVACY_NOTICE_VERSION })}</p>
      {paragraphs.map((key) => (
        <div key={key}>
          <h3 className={styles.heading}>{t(`privacyNotice.${key}.title`)}</h3>
          <p>{t(`privacyNotice.${key}.text`)}</p>
        </div>
      ))}
    </section>
  );
}
