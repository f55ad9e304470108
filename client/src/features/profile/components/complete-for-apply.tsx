import {
  applicationReadiness,
  educationEntrySchema,
  educationLevels,
  type OwnProfile,
  personalSchema,
  type ReadinessItem,
  serviceDomainSchema,
} from '@shsw/shared';
import { Input, InputNumber, Radio, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DomainMultiSelect } from '../../../components/domain-select';
import { numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { Form, type FormApi } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { DistrictSelect } from '../../../components/place-select';
import { useLabel } from '../../../lib/format';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useUpdateProfile } from '../api/update-profile';
import styles from './complete-for-apply.module.css';

/** Only the parts applying needs; each is there only when it was missing, and then checked by its shared schema. */
const stepSchema = z.object({
  personal: personalSchema.optional(),
  education: z.array(educationEntrySchema).min(1).max(1).optional(),
  serviceDomains: z.array(serviceDomainSchema).min(1).max(10).optional(),
});
type Values = z.input<typeof stepSchema>;

function valuesFor(profile: OwnProfile, missing: readonly ReadinessItem[]): DefaultValues<Values> {
  const p = profile.personal;
  const personal = missing.includes('contact') || missing.includes('district');
  return {
    ...(personal && {
      personal: {
        name: p.name,
        birthYear: p.birthYear ?? undefined,
        gender: p.gender,
        districtCode: p.districtCode ?? '',
        streetCode: p.districtCode ? p.streetCode : null,
        mobile: p.mobile ?? '',
        email: p.email,
      },
    }),
    ...(missing.includes('education') && { education: [{ school: '', major: '', inProgress: false }] }),
    ...(missing.includes('domain') && { serviceDomains: [] }),
  };
}

/** Applying failed after the record was saved: said as such, the saved record stays. */
class SavedButNotApplied extends Error {
  constructor(readonly reason: unknown) {
    super('saved, not applied');
  }
}

interface CompleteForApplyProps {
  profile: OwnProfile;
  /** Applies; called once the record is saved. */
  onSaved: () => Promise<void>;
  /** A sentence for an applying error (closed position, already applied); null keeps the default. */
  describeApplyError?: (error: unknown) => string | null;
}

/**
 * The "完善档案" step of applying: asks only for what the record lacks (phone, district, one
 * education entry, a service domain), saves it, then applies — one submit, two requests.
 */
export function CompleteForApply({ profile, onSaved, describeApplyError }: CompleteForApplyProps) {
  const { t } = useTranslation();
  const apiErrorMessage = useApiErrorMessage();
  const update = useUpdateProfile();
  // Fixed when the step opens: the fields stay while the save makes the record ready.
  const [missing] = useState(() => applicationReadiness(profile).missing);
  const [defaults] = useState(() => valuesFor(profile, missing));
  return (
    <>
      <p id="complete-intro">{t('readiness.step.intro')}</p>
      <Form
        schema={stepSchema}
        defaultValues={defaults}
        submitLabel={t('readiness.step.submit')}
        aria-labelledby="complete-intro"
        describeError={(error) =>
          error instanceof SavedButNotApplied
            ? t('readiness.step.savedNotApplied', {
                reason: describeApplyError?.(error.reason) ?? apiErrorMessage(error.reason),
              })
            : null
        }
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          try {
            await onSaved();
          } catch (error) {
            throw new SavedButNotApplied(error);
          }
        }}
      >
        {(form) => <MissingFields form={form} missing={missing} needsBirthYear={profile.personal.birthYear === null} />}
      </Form>
    </>
  );
}

function MissingFields({
  form,
  missing,
  needsBirthYear,
}: {
  form: FormApi<typeof stepSchema>;
  missing: readonly ReadinessItem[];
  needsBirthYear: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const { control } = form;
  const levelOptions = useMemo(() => educationLevels.map((l) => ({ value: l.code, label: label(l.label) })), [label]);
  const personal = missing.includes('contact') || missing.includes('district');
  return (
    <div className={styles.fields}>
      {missing.includes('contact') && (
        <FormField
          control={control}
          name="personal.mobile"
          label={t('profile.fields.mobile')}
          extra={t('profile.fields.mobileHelp')}
          required
        >
          {(binding) => <Input {...textInput(binding)} autoComplete="tel" inputMode="tel" />}
        </FormField>
      )}
      {missing.includes('district') && (
        <FormField control={control} name="personal.districtCode" label={t('profile.fields.district')} required>
          {(binding) => <DistrictSelect {...selectInput(binding)} />}
        </FormField>
      )}
      {/* The personal section is saved whole, and its schema needs a birth year. */}
      {personal && needsBirthYear && (
        <FormField control={control} name="personal.birthYear" label={t('profile.fields.birthYear')} required>
          {(binding) => (
            <InputNumber {...numberInput(binding)} min={1940} max={2012} precision={0} style={{ width: '100%' }} />
          )}
        </FormField>
      )}
      {missing.includes('education') && (
        <fieldset className={styles.group}>
          <legend>{t('readiness.step.education')}</legend>
          <FormField control={control} name="education.0.level" label={t('profile.fields.educationLevel')} required>
            {(binding) => <Select {...selectInput(binding)} options={levelOptions} placeholder={t('profile.choose')} />}
          </FormField>
          <FormField control={control} name="education.0.school" label={t('profile.fields.school')} required>
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField control={control} name="education.0.major" label={t('profile.fields.major')} required>
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField
            control={control}
            name="education.0.field"
            label={t('profile.fields.majorField')}
            extra={t('profile.fields.majorFieldHelp')}
            required
          >
            {({ field, id, labelId, describedBy }) => (
              <Radio.Group
                aria-labelledby={labelId}
                id={id}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
                aria-describedby={describedBy}
              >
                {(['social_work', 'related', 'other'] as const).map((f) => (
                  <Radio key={f} value={f}>
                    {t(`profile.majorField.${f}`)}
                  </Radio>
                ))}
              </Radio.Group>
            )}
          </FormField>
          <FormField
            control={control}
            name="education.0.graduationYear"
            label={t('profile.fields.graduationYear')}
            required
          >
            {(binding) => (
              <InputNumber {...numberInput(binding)} min={1950} max={2100} precision={0} style={{ width: '100%' }} />
            )}
          </FormField>
        </fieldset>
      )}
      {missing.includes('domain') && (
        <FormField
          control={control}
          name="serviceDomains"
          label={t('readiness.step.domains')}
          extra={t('readiness.step.domainsHelp')}
          required
        >
          {(binding) => <DomainMultiSelect {...selectInput(binding)} maxCount={10} />}
        </FormField>
      )}
    </div>
  );
}
