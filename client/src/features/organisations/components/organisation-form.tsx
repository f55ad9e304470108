import {
  createOrganisationBodySchema,
  type Organisation,
  organisationTypes,
  streetInDistrict,
  validateCreditCode,
  validateStaffFigures,
} from '@shsw/shared';
import { Checkbox, Input, InputNumber, Select } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { type Control, type DefaultValues, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { checkedInput, numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { DistrictSelect, StreetSelect } from '../../../components/place-select';
import { isApiError } from '../../../lib/api-error';
import { useLabel } from '../../../lib/format';
import { messageKeyParam } from '../../../lib/issue-message';
import { AgencyPreview } from './agency-preview';
import styles from './organisation-form.module.css';

const staffMessage = {
  not_whole_number: 'integer',
  exceeds_full_time: 'staffExceedsFullTime',
  qualified_too_low: 'staffQualifiedTooLow',
  qualified_too_high: 'staffQualifiedTooHigh',
} as const;

/** The shared registration body, plus the staff-figure consistency rule the server applies too. */
export const organisationFormSchema = createOrganisationBodySchema.superRefine((value, ctx) => {
  const result = validateStaffFigures(value.staff);
  if (result.ok) return;
  for (const issue of result.issues) {
    ctx.addIssue({
      code: 'custom',
      path: ['staff', issue.field],
      params: { [messageKeyParam]: staffMessage[issue.code] },
      message: issue.code,
    });
  }
});

export type OrganisationFormValues = z.output<typeof organisationFormSchema>;
type Input_ = z.input<typeof organisationFormSchema>;
type OrgControl = Control<Input_, unknown, OrganisationFormValues>;

export function valuesOf(org: Organisation): DefaultValues<Input_> {
  return {
    name: org.name,
    creditCode: org.creditCode,
    type: org.type,
    districtCode: org.districtCode,
    streetCode: org.streetCode,
    address: org.address,
    contact: { ...org.contact },
    staff: { ...org.staff },
    charterStatesSocialWorkAims: org.charterStatesSocialWorkAims,
  };
}

const blank: DefaultValues<Input_> = {
  name: '',
  creditCode: '',
  address: '',
  contact: { name: '', mobile: '', email: null },
  staff: { fullTime: 0, certified: 0, swBachelorPlus: 0, qualified: 0 },
  charterStatesSocialWorkAims: false,
};

interface OrganisationFormProps {
  /** Editing an organisation already registered: its credit code is fixed, and its name once verified. */
  organisation?: Organisation;
  submitLabel: string;
  onSubmit: (values: OrganisationFormValues) => Promise<DefaultValues<Input_> | undefined>;
  actions?: ReactNode;
}

export function OrganisationForm({ organisation, submitLabel, onSubmit, actions }: OrganisationFormProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const typeOptions = useMemo(() => organisationTypes.map((o) => ({ value: o.code, label: label(o.label) })), [label]);
  const nameFixed = organisation?.status === 'verified';
  return (
    <Form
      schema={organisationFormSchema}
      defaultValues={organisation ? valuesOf(organisation) : blank}
      submitLabel={submitLabel}
      successMessage={organisation ? t('common.saved') : undefined}
      actions={actions}
      aria-label={organisation ? t('org.edit.title') : t('org.register.title')}
      describeError={(error) => {
        if (isApiError(error) && error.code === 'already_exists') return t('org.register.alreadyExists');
        return null;
      }}
      onSubmit={onSubmit}
    >
      {({ control, getValues, setValue }) => (
        <>
          <fieldset className={styles.group}>
            <legend>{t('org.form.identity')}</legend>
            <div className={styles.grid}>
              <FormField
                control={control}
                name="name"
                label={t('org.fields.name')}
                extra={nameFixed ? t('org.fields.nameFixed') : undefined}
                required
              >
                {(binding) => (
                  <Input {...textInput(binding)} maxLength={100} disabled={nameFixed} autoComplete="organization" />
                )}
              </FormField>
              <CreditCodeField control={control} fixed={Boolean(organisation)} />
              <FormField control={control} name="type" label={t('org.fields.type')} required>
                {(binding) => (
                  <Select {...selectInput(binding)} options={typeOptions} placeholder={t('profile.choose')} />
                )}
              </FormField>
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t('org.form.location')}</legend>
            <div className={styles.grid}>
              <FormField control={control} name="districtCode" label={t('org.fields.district')} required>
                {(binding) => (
                  <DistrictSelect
                    {...selectInput(binding)}
                    onChange={(code) => {
                      binding.field.onChange(code);
                      const street = getValues('streetCode');
                      if (street && (!code || !streetInDistrict(street, code))) setValue('streetCode', '');
                    }}
                  />
                )}
              </FormField>
              <StreetField control={control} />
              <FormField
                control={control}
                name="address"
                label={t('org.fields.address')}
                required
                className={styles.wide}
              >
                {(binding) => <Input {...textInput(binding)} maxLength={200} autoComplete="street-address" />}
              </FormField>
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t('org.form.contact')}</legend>
            <p className={styles.help}>{t('org.form.contactHelp')}</p>
            <div className={styles.grid}>
              <FormField control={control} name="contact.name" label={t('org.fields.contactName')} required>
                {(binding) => <Input {...textInput(binding)} maxLength={50} autoComplete="name" />}
              </FormField>
              <FormField control={control} name="contact.mobile" label={t('org.fields.contactMobile')} required>
                {(binding) => <Input {...textInput(binding)} inputMode="tel" autoComplete="tel" />}
              </FormField>
              <FormField
                control={control}
                name="contact.email"
                label={
                  <>
                    {t('org.fields.contactEmail')} {t('common.optional')}
                  </>
                }
              >
                {(binding) => <Input {...textInput(binding, null)} inputMode="email" autoComplete="email" />}
              </FormField>
            </div>
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t('org.form.staff')}</legend>
            <p className={styles.help}>{t('org.form.staffHelp')}</p>
            <div className={styles.staffGrid}>
              {(['fullTime', 'certified', 'swBachelorPlus', 'qualified'] as const).map((key) => (
                <FormField
                  key={key}
                  control={control}
                  name={`staff.${key}`}
                  label={t(`org.fields.staff.${key}`)}
                  extra={t(`org.fields.staff.${key}Help`)}
                  required
                >
                  {(binding) => (
                    <InputNumber
                      {...numberInput(binding)}
                      min={0}
                      max={100000}
                      precision={0}
                      style={{ width: '100%' }}
                    />
                  )}
                </FormField>
              ))}
            </div>
            <FormField control={control} name="charterStatesSocialWorkAims" extra={t('org.fields.charterHelp')}>
              {(binding) => (
                <Checkbox {...checkedInput(binding)} onChange={(e) => binding.field.onChange(e.target.checked)}>
                  {t('org.fields.charter')}
                </Checkbox>
              )}
            </FormField>
            <AgencyPreviewField control={control} />
          </fieldset>
        </>
      )}
    </Form>
  );
}

/** The code is checked with the shared GB 32100 rule as it is typed, with the reason when it fails. */
function CreditCodeField({ control, fixed }: { control: OrgControl; fixed: boolean }) {
  const { t } = useTranslation();
  const code = useWatch({ control, name: 'creditCode' }) ?? '';
  const result = code.trim().length >= 18 ? validateCreditCode(code) : null;
  const live = fixed
    ? t('org.fields.creditCodeFixed')
    : result === null
      ? t('org.fields.creditCodeHelp')
      : result.ok
        ? t('org.fields.creditCodeValid')
        : t(`validation.creditCodeReason.${result.reason}`);
  return (
    <FormField
      control={control}
      name="creditCode"
      label={t('org.fields.creditCode')}
      extra={
        <span className={result?.ok ? styles.valid : result ? styles.invalid : undefined} aria-live="polite">
          {live}
        </span>
      }
      required
    >
      {(binding) => (
        <Input
          {...textInput(binding)}
          onChange={(e) => binding.field.onChange(e.target.value.toUpperCase())}
          maxLength={22}
          disabled={fixed}
          spellCheck={false}
          autoComplete="off"
          className={styles.code}
        />
      )}
    </FormField>
  );
}

function StreetField({ control }: { control: OrgControl }) {
  const { t } = useTranslation();
  const district = useWatch({ control, name: 'districtCode' });
  return (
    <FormField
      control={control}
      name="streetCode"
      label={t('org.fields.street')}
      extra={t('org.fields.streetHelp')}
      required
    >
      {(binding) => <StreetSelect {...selectInput(binding)} districtCode={district || undefined} />}
    </FormField>
  );
}

function AgencyPreviewField({ control }: { control: OrgControl }) {
  const [staff, charter] = useWatch({ control, name: ['staff', 'charterStatesSocialWorkAims'] });
  return <AgencyPreview staff={staff} charter={charter === true} />;
}
