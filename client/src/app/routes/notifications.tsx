import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { NotificationPreferencesSection } from '../../features/notifications/components/notification-preferences';
import { NotificationsList } from '../../features/notifications/components/notifications-page';
import { useSession } from '../../lib/session';

/** `/notifications`: every notification, and (`#preferences`) which types to receive. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <PageHeading title={t('notifications.title')} intro={t('notifications.intro')} />
      <NotificationsList />
      {user && <NotificationPreferencesSection role={user.role} />}
    </>
  );
}
