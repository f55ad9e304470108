import { MAX_INVITATION_QUOTA } from '@shsw/shared';
import { App, Button, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useInvitationQuotaSetting, useSetInvitationQuota } from '../api/invitation-quota-setting';
import styles from './invitations.module.css';

/** The bureau sets how many invitations to apply an organisation may send per day. */
export function InvitationQuotaSetting() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useInvitationQuotaSetting();
  const save = useSetInvitationQuota();
  const errorMessage = useApiErrorMessage();
  const [value, setValue] = useState<number | null>(null);
  const shown = value ?? current.data?.perDay ?? null;
  return (
    <section className={`${styles.card} ${styles.section}`} aria-labelledby="invitation-quota-title">
      <h2 id="invitation-quota-title">{t('invitations.quotaSetting.title')}</h2>
      <p className={styles.muted}>{t('invitations.quotaSetting.intro')}</p>
      <Space wrap>
        <label htmlFor="invitation-quota">{t('invitations.quotaSetting.perDay')}</label>
        <InputNumber
          id="invitation-quota"
          min={0}
          max={MAX_INVITATION_QUOTA}
          precision={0}
          value={shown}
          onChange={(v) => setValue(typeof v === 'number' ? v : null)}
        />
        <Button
          type="primary"
          loading={save.isPending}
          disabled={shown === null}
          onClick={() =>
            shown !== null &&
            save
              .mutateAsync(shown)
              .then(() => void message.success(t('invitations.quotaSetting.saved')))
              .catch((error: unknown) => void message.error(errorMessage(error)))
          }
        >
          {t('common.save')}
        </Button>
      </Space>
    </section>
  );
}
