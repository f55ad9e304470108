import {
  emailNotificationTypes,
  type NotificationPreferences,
  type NotificationType,
  notificationPreferencesSchema,
  type Role,
  type SessionUser,
} from '@shsw/shared';
import { Alert, Switch } from 'antd';
import { type Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkedInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useSession } from '../../../lib/session';
import { useMailDelivery } from '../../../lib/use-mail-delivery';
import { useNotificationPreferences, useSetNotificationPreferences } from '../api/preferences';
import styles from './notifications.module.css';

/** What can reach each role. Matches with the worker's record have their own opt-in switch instead. */
const typesFor: Record<Role, readonly NotificationType[]> = {
  worker: [
    'application_status_changed',
    'certificate_decided',
    'saved_search_match',
    'saved_search_digest',
    'ce_reminder',
    'invitation_received',
    'contact_requested',
    'message_received',
    'report_published',
  ],
  org: [
    'application_submitted',
    'offer_answered',
    'organisation_verified',
    'organisation_rejected',
    'position_expiring',
    'organisation_ownership_transferred',
    'organisation_closed',
    'invitation_answered',
    'contact_answered',
    'message_received',
    'report_published',
  ],
  bureau: ['organisation_to_verify', 'registry_import_finished', 'report_drafted', 'report_published'],
  admin: ['organisation_to_verify', 'registry_import_finished', 'report_drafted', 'report_published'],
};

const emailable = (type: NotificationType) => (emailNotificationTypes as readonly NotificationType[]).includes(type);

/** In-app, every type is on unless turned off; by e-mail, as the server says (defaults filled in). */
function valuesOf(prefs: NotificationPreferences, types: readonly NotificationType[]): NotificationPreferences {
  return {
    types: Object.fromEntries(types.map((type) => [type, prefs.types[type] !== false])),
    email: Object.fromEntries(types.filter(emailable).map((type) => [type, prefs.email?.[type] === true])),
    profileMatches: prefs.profileMatches,
  };
}

type PrefsControl = Control<NotificationPreferences>;

/** One type: the in-app switch named by the type, and beside it the e-mail switch (off while in-app is off). */
function TypeRow({ control, type }: { control: PrefsControl; type: NotificationType }) {
  const { t } = useTranslation();
  const inApp = useWatch({ control, name: `types.${type}` });
  const label = t(`notifications.preferences.types.${type}`);
  return (
    <div className={styles.prefRow}>
      <FormField control={control} name={`types.${type}`} className={styles.switchItem}>
        {(binding) => (
          <label className={styles.switchRow} htmlFor={binding.id}>
            <Switch {...checkedInput(binding)} onChange={(checked) => binding.field.onChange(checked)} />
            <span className={styles.switchText}>
              <span>{label}</span>
              {type === 'application_status_changed' && (
                <span className={styles.switchHelp}>{t('notifications.preferences.emailSteps')}</span>
              )}
            </span>
          </label>
        )}
      </FormField>
      {emailable(type) && (
        <FormField control={control} name={`email.${type}`} className={styles.emailSwitch}>
          {(binding) => (
            <Switch
              {...checkedInput(binding)}
              aria-label={t('notifications.preferences.emailFor', { type: label })}
              disabled={inApp === false}
              onChange={(checked) => binding.field.onChange(checked)}
            />
          )}
        </FormField>
      )}
    </div>
  );
}

/** Why mail alerts would not arrive now, if they would not: the address or the platform. */
function EmailNotice({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const delivery = useMailDelivery();
  if (delivery === 'off' || delivery === 'log') {
    return <Alert type="warning" showIcon title={t(`email.delivery.${delivery}`)} className={styles.emailNotice} />;
  }
  if (!user || user.email === 'verified') return null;
  return (
    <Alert
      type="info"
      showIcon
      className={styles.emailNotice}
      title={t('notifications.preferences.emailWaits', { state: t(`email.state.${user.email}`) })}
      action={<Link to="/me/account">{t('email.banner.fix')}</Link>}
    />
  );
}

/** Notification types on and off for the signed-in person; for workers, the opt-in to record matches. */
export function NotificationPreferencesForm({ role }: { role: Role }) {
  const { t } = useTranslation();
  const prefs = useNotificationPreferences();
  const save = useSetNotificationPreferences();
  const { user } = useSession();
  const types = typesFor[role];
  if (prefs.isPending) return <PageLoading />;
  if (prefs.isError) return <QueryError error={prefs.error} onRetry={() => void prefs.refetch()} />;
  return (
    <Form
      schema={notificationPreferencesSchema}
      defaultValues={valuesOf(prefs.data, types)}
      submitLabel={t('notifications.preferences.save')}
      successMessage={t('common.saved')}
      aria-labelledby="preferences-title"
      onSubmit={async (values) => {
        // Opting in to record matches means hearing about them.
        const body: NotificationPreferences = {
          types: { ...prefs.data.types, ...values.types, ...(values.profileMatches ? { profile_match: true } : {}) },
          email: { ...prefs.data.email, ...values.email },
          profileMatches: values.profileMatches,
        };
        return valuesOf(await save.mutateAsync(body), types);
      }}
    >
      {({ control }) => (
        <>
          <EmailNotice user={user} />
          <div className={styles.prefHead} aria-hidden>
            <span>{t('notifications.preferences.inApp')}</span>
            <span>{t('notifications.preferences.byEmail')}</span>
          </div>
          {types.map((type) => (
            <TypeRow key={type} control={control} type={type} />
          ))}
          {role === 'worker' && (
            <FormField control={control} name="profileMatches" className={styles.switchItem}>
              {(binding) => (
                <label className={styles.switchRow} htmlFor={binding.id}>
                  <Switch {...checkedInput(binding)} onChange={(checked) => binding.field.onChange(checked)} />
                  <span className={styles.switchText}>
                    <span>{t('notifications.preferences.profileMatches')}</span>
                    <span className={styles.switchHelp}>{t('notifications.preferences.profileMatchesHelp')}</span>
                  </span>
                </label>
              )}
            </FormField>
          )}
        </>
      )}
    </Form>
  );
}

/** The preferences as a section of the notifications page (`#preferences`, linked from the bell). */
export function NotificationPreferencesSection({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <section id="preferences" className={styles.preferences} aria-labelledby="preferences-title" tabIndex={-1}>
      <h2 id="preferences-title" className={styles.preferencesTitle}>
        {t('notifications.preferences.title')}
      </h2>
      <p className={styles.muted}>{t('notifications.preferences.intro')}</p>
      <NotificationPreferencesForm role={role} />
    </section>
  );
}
