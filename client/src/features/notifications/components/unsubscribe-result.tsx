import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { useOnce } from '../../../lib/use-once';
import { useUnsubscribe } from '../api/unsubscribe';

/** Unsubscribes as the page opens (one click from the mail), says from what, and offers to undo it. */
export function UnsubscribeResult({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const unsubscribe = useUnsubscribe();
  useOnce(token, (value) => unsubscribe.mutate({ token: value, subscribe: false }));
  const settings = (
    <ButtonLink key="settings" to="/notifications#preferences">
      {t('notifications.unsubscribe.settings')}
    </ButtonLink>
  );
  if (!token || unsubscribe.isError) {
    return <Result status="warning" title={t('notifications.unsubscribe.invalid')} extra={settings} />;
  }
  if (!unsubscribe.data) return <Result icon={<Spin />} title={t('notifications.unsubscribe.working')} />;
  const type = t(`notifications.preferences.types.${unsubscribe.data.type}`);
  return unsubscribe.data.subscribed ? (
    <Result status="success" title={t('notifications.unsubscribe.resubscribed', { type })} extra={settings} />
  ) : (
    <Result
      status="success"
      title={t('notifications.unsubscribe.done', { type })}
      extra={[
        <Button
          key="undo"
          onClick={() => unsubscribe.mutate({ token, subscribe: true })}
          loading={unsubscribe.isPending}
        >
          {t('notifications.unsubscribe.undo')}
        </Button>,
        settings,
      ]}
    />
  );
}
