import { type OwnProfile, profileSectionsSchema, streetInDistrict } from '@shsw/shared';
import { Input, InputNumber, Radio } from 'antd';
import { type Control, type DefaultValues, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { FormField } from '../../../components/form/form-field';
import { DistrictSelect, StreetSelect } from '../../../components/place-select';
import { ProfileSectionForm } from './profile-section-form';
import { FieldGrid } from './section-card';

const schema = profileSectionsSchema.pick({ personal: true });
type Values = z.input<typeof schema>;

function valuesOf(profile: OwnProfile): DefaultValues<Values> {
  const p = profile.personal;
  return {
    personal: {
      name: p.name,
      birthYear: p.birthYear ?? undefined,
      gender: p.gender,
      districtCode: p.districtCode ?? '',
      streetCode: p.streetCode,
      mobile: p.mobile ?? '',
      email: p.email,
    },
  };
}

const genders = ['female', 'male', 'other'] as const;

export function PersonalSection({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  return (
    <ProfileSectionForm section="personal" profile={profile} schema={schema} valuesOf={valuesOf}>
      {({ control, setValue, getValues }) => (
        <FieldGrid>
          <FormField control={control} name="personal.name" label={t('profile.fields.name')} required>
            {(binding) => <Input {...textInput(binding)} autoComplete="name" maxLength={50} />}
          </FormField>
          <FormField control={control} name="personal.birthYear" label={t('profile.fields.birthYear')} required>
            {(binding) => (
              <InputNumber {...numberInput(binding)} min={1940} max={2012} precision={0} style={{ width: '100%' }} />
            )}
          </FormField>
          <FormField control={control} name="personal.gender" label={t('profile.fields.gender')}>
            {({ field, id, labelId, describedBy }) => (
              <Radio.Group
                aria-labelledby={labelId}
                id={id}
                value={field.value ?? 'unsaid'}
                onChange={(e) => field.onChange(e.target.value === 'unsaid' ? null : e.target.value)}
                aria-describedby={describedBy}
              >
                {genders.map((g) => (
                  <Radio key={g} value={g}>
                    {t(`profile.gender.${g}`)}
                  </Radio>
                ))}
                <Radio value="unsaid">{t('profile.gender.unsaid')}</Radio>
              </Radio.Group>
            )}
          </FormField>
          <FormField
            control={control}
            name="personal.mobile"
            label={t('profile.fields.mobile')}
            extra={t('profile.fields.mobileHelp')}
            required
          >
            {(binding) => <Input {...textInput(binding)} autoComplete="tel" inputMode="tel" />}
          </FormField>
          <FormField control={control} name="personal.districtCode" label={t('profile.fields.district')} required>
            {(binding) => (
              <DistrictSelect
                {...selectInput(binding)}
                onChange={(code) => {
                  binding.field.onChange(code);
                  const street = getValues('personal.streetCode');
                  if (street && (!code || !streetInDistrict(street, code))) setValue('personal.streetCode', null);
                }}
              />
            )}
          </FormField>
          <StreetField control={control} />
          <FormField
            control={control}
            name="personal.email"
            label={
              <>
                {t('profile.fields.email')} {t('common.optional')}
              </>
            }
          >
            {(binding) => <Input {...textInput(binding, null)} autoComplete="email" inputMode="email" />}
          </FormField>
        </FieldGrid>
      )}
    </ProfileSectionForm>
  );
}

function StreetField({ control }: { control: Control<Values, unknown, z.output<typeof schema>> }) {
  const { t } = useTranslation();
  const district = useWatch({ control, name: 'personal.districtCode' });
  return (
    <FormField
      control={control}
      name="personal.streetCode"
      label={
        <>
          {t('profile.fields.street')} {t('common.optional')}
        </>
      }
    >
      {(binding) => <StreetSelect {...selectInput(binding, null)} districtCode={district || undefined} allowClear />}
    </FormField>
  );
}
