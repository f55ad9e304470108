import { employmentTypes, type OwnProfile, profileSectionsSchema } from '@shsw/shared';
import { Checkbox, InputNumber, Switch } from 'antd';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DomainMultiSelect } from '../../../components/domain-select';
import { numberInput, selectInput } from '../../../components/form/adapters';
import { FormField } from '../../../components/form/form-field';
import { DistrictMultiSelect } from '../../../components/place-select';
import { useLabel } from '../../../lib/format';
import { ProfileSectionForm } from './profile-section-form';
import { FieldGrid } from './section-card';
import styles from './section-card.module.css';

const schema = profileSectionsSchema.pick({ wishes: true, openToWork: true });
type Values = z.input<typeof schema>;

function valuesOf(p: OwnProfile): DefaultValues<Values> {
  return { wishes: { ...p.wishes }, openToWork: p.openToWork };
}

/** What work the worker looks for: domains, districts, lowest monthly pay, kinds of employment. */
export function WishesSection({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <ProfileSectionForm section="wishes" profile={profile} schema={schema} valuesOf={valuesOf}>
      {({ control }) => (
        <>
          <FormField control={control} name="openToWork">
            {({ field, id, describedBy }) => (
              <span>
                <Switch
                  id={id}
                  checked={field.value === true}
                  onChange={field.onChange}
                  aria-describedby={describedBy}
                />{' '}
                <label htmlFor={id}>{t('profile.fields.openToWork')}</label>
              </span>
            )}
          </FormField>
          <FieldGrid>
            <FormField control={control} name="wishes.serviceDomains" label={t('profile.fields.wishDomains')}>
              {(binding) => <DomainMultiSelect {...selectInput(binding)} maxCount={10} />}
            </FormField>
            <FormField control={control} name="wishes.districtCodes" label={t('profile.fields.wishDistricts')}>
              {(binding) => <DistrictMultiSelect {...selectInput(binding)} />}
            </FormField>
            <FormField
              control={control}
              name="wishes.salaryMin"
              label={
                <>
                  {t('profile.fields.salaryMin')} {t('common.optional')}
                </>
              }
              extra={t('profile.fields.salaryMinHelp')}
            >
              {(binding) => (
                <InputNumber
                  {...numberInput(binding, null)}
                  min={0}
                  max={200000}
                  step={500}
                  precision={0}
                  suffix={t('profile.yuanPerMonth')}
                  style={{ width: '100%' }}
                />
              )}
            </FormField>
            <FormField control={control} name="wishes.employmentTypes" label={t('profile.fields.employmentTypes')}>
              {({ field, id, labelId, describedBy }) => (
                <fieldset id={id} aria-labelledby={labelId} aria-describedby={describedBy} className={styles.group}>
                  <Checkbox.Group
                    value={field.value ?? []}
                    onChange={(value) => field.onChange(value)}
                    options={employmentTypes.map((e) => ({ value: e.code, label: label(e.label) }))}
                  />
                </fieldset>
              )}
            </FormField>
          </FieldGrid>
        </>
      )}
    </ProfileSectionForm>
  );
}
