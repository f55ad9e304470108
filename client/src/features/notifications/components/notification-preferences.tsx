import {
  type NotificationPreferences,
  type NotificationType,
  notificationPreferencesSchema,
  type Role,
} from '@shsw/shared';
import { Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkedInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
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
    'report_published',
  ],
  bureau: ['organisation_to_verify', 'registry_import_finished', 'report_published'],
  admin: ['organisation_to_verify', 'registry_import_finished', 'report_published'],
};

/** Every type is on unless turned off; the form shows that as a switch per type. */
function valuesOf(prefs: NotificationPreferences, types: readonly NotificationType[]): NotificationPreferences {
  return {
    types: Object.fromEntries(types.map((type) => [type, prefs.types[type] !== false])),
    profileMatches: prefs.profileMatches,
  };
}

/** Notification types on and off for the signed-in person; for workers, the opt-in to record matches. */
export function NotificationPreferencesForm({ role }: { role: Role }) {
  const { t } = useTranslation();
  const prefs = useNotificationPreferences();
  const save = useSetNotificationPreferences();
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
          profileMatches: values.profileMatches,
        };
        return valuesOf(await save.mutateAsync(body), types);
      }}
    >
      {({ control }) => (
        <>
          {types.map((type) => (
            <FormField key={type} control={control} name={`types.${type}`} className={styles.switchItem}>
              {(binding) => (
                <label className={styles.switchRow} htmlFor={binding.id}>
                  <Switch {...checkedInput(binding)} onChange={(checked) => binding.field.onChange(checked)} />
                  <span className={styles.switchText}>
                    <span>{t(`notifications.preferences.types.${type}`)}</span>
                  </span>
                </label>
              )}
            </FormField>
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
