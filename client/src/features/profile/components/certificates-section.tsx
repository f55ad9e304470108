import { PlusOutlined } from '@ant-design/icons';
import { type Certificate, certificateLevels, type OwnProfile, profileSectionsSchema } from '@shsw/shared';
import { Alert, Button, DatePicker, Input, InputNumber, Select } from 'antd';
import { useMemo } from 'react';
import { type DefaultValues, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { dateInput, numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { draft } from '../../../components/form/draft';
import type { FormApi } from '../../../components/form/form';
import { FormField, ListError } from '../../../components/form/form-field';
import { CertificateStatusTag } from '../../../components/status-tag';
import { formatDateTime, useLabel } from '../../../lib/format';
import { useNoneToggle } from '../hooks/use-none-toggle';
import styles from './certificates-section.module.css';
import { NoneSwitch } from './none-switch';
import { ProfileSectionForm } from './profile-section-form';
import { EntryCard } from './section-card';

const schema = profileSectionsSchema.pick({ certificates: true, declaredNone: true });
type Values = z.input<typeof schema>;
const maxEntries = 5;

function valuesOf(profile: OwnProfile): DefaultValues<Values> {
  return {
    certificates: profile.certificates.map(({ id, level, number, yearObtained, registrationValidUntil }) => ({
      id,
      level,
      number,
      yearObtained,
      registrationValidUntil,
    })),
    declaredNone: profile.declaredNone,
  };
}

/** Social-work certificates as the worker declares them; verification is the registry's or the bureau's. */
export function CertificatesSection({ profile }: { profile: OwnProfile }) {
  return (
    <ProfileSectionForm
      section="certificates"
      profile={profile}
      schema={schema}
      valuesOf={valuesOf}
      declarable="certificates"
    >
      {(form) => <CertificateEntries form={form} saved={profile.certificates} />}
    </ProfileSectionForm>
  );
}

function CertificateEntries({ form, saved }: { form: FormApi<typeof schema>; saved: readonly Certificate[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { control, getValues, setValue } = form;
  const list = useFieldArray({ control, name: 'certificates', keyName: 'key' });
  const declared = useWatch({ control, name: 'declaredNone' }) ?? [];
  const current = useWatch({ control, name: 'certificates' }) ?? [];
  const none = useNoneToggle('certificates', {
    entries: () => getValues('certificates'),
    replace: list.replace,
    declared,
    dirty: form.formState.isDirty,
    setDeclared: (next) => setValue('declaredNone', next, { shouldDirty: true }),
  });
  const levelOptions = useMemo(() => certificateLevels.map((l) => ({ value: l.code, label: label(l.label) })), [label]);
  return (
    <>
      <NoneSwitch
        checked={none.on}
        onChange={none.toggle}
        label={t('profile.sections.certificates.none')}
        droppedCount={none.droppedCount}
      />
      {!none.on && list.fields.length === 0 && <p>{t('profile.sections.certificates.empty')}</p>}
      {list.fields.map((entry, index) => {
        const claim = saved.find((c) => c.id === entry.id);
        const now = current[index];
        const changed = claim && now && (now.level !== claim.level || now.number?.trim() !== claim.number);
        return (
          <EntryCard
            key={entry.key}
            title={t('profile.sections.certificates.entry', { n: index + 1 })}
            actions={
              <>
                <span className={styles.status} data-testid={`certificate-status-${index}`}>
                  {claim ? (
                    <CertificateStatusTag status={claim.status} />
                  ) : (
                    <span>{t('profile.sections.certificates.unsaved')}</span>
                  )}
                  {claim?.decidedAt && (
                    <span className={styles.decided}>
                      {t('profile.sections.certificates.decidedAt', {
                        at: formatDateTime(claim.decidedAt),
                        by: t(`profile.sections.certificates.verifiedBy.${claim.verifiedBy ?? 'manual'}`),
                      })}
                    </span>
                  )}
                </span>
                <Button danger size="small" onClick={() => list.remove(index)}>
                  {t('profile.removeEntry')}
                </Button>
              </>
            }
          >
            {claim?.status === 'refused' && (
              <Alert
                className={styles.full}
                type="error"
                showIcon
                title={t('profile.sections.certificates.refused')}
                description={claim.refusalReason ?? undefined}
              />
            )}
            {claim?.status === 'claimed' && !changed && (
              <p className={`${styles.full} ${styles.note}`}>{t('profile.sections.certificates.claimedHelp')}</p>
            )}
            {changed && (
              <Alert
                className={styles.full}
                type="warning"
                showIcon
                title={t('profile.sections.certificates.changedWarning')}
              />
            )}
            <FormField
              control={control}
              name={`certificates.${index}.level`}
              label={t('profile.fields.certificateLevel')}
              required
            >
              {(binding) => (
                <Select {...selectInput(binding)} options={levelOptions} placeholder={t('profile.choose')} />
              )}
            </FormField>
            <FormField
              control={control}
              name={`certificates.${index}.number`}
              label={t('profile.fields.certificateNumber')}
              extra={t('profile.fields.certificateNumberHelp')}
              required
            >
              {(binding) => <Input {...textInput(binding)} maxLength={40} spellCheck={false} autoComplete="off" />}
            </FormField>
            <FormField
              control={control}
              name={`certificates.${index}.yearObtained`}
              label={t('profile.fields.yearObtained')}
              required
            >
              {(binding) => (
                <InputNumber {...numberInput(binding)} min={1950} max={2100} precision={0} style={{ width: '100%' }} />
              )}
            </FormField>
            <FormField
              control={control}
              name={`certificates.${index}.registrationValidUntil`}
              label={
                <>
                  {t('profile.fields.registrationValidUntil')} {t('common.optional')}
                </>
              }
              extra={t('profile.fields.registrationValidUntilHelp')}
            >
              {(binding) => <DatePicker {...dateInput(binding, null)} style={{ width: '100%' }} />}
            </FormField>
          </EntryCard>
        );
      })}
      <ListError control={control} name="certificates" />
      {!none.on && list.fields.length < maxEntries && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          className={styles.add}
          onClick={() =>
            list.append(draft<Values['certificates'][number]>({ number: '', registrationValidUntil: null }), {
              focusName: `certificates.${list.fields.length}.level`,
            })
          }
        >
          {t('profile.sections.certificates.add')}
        </Button>
      )}
    </>
  );
}
