import { type OwnProfile, profileSectionsSchema, talentCategories } from '@shsw/shared';
import { Checkbox, Select } from 'antd';
import { useMemo } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DomainMultiSelect } from '../../../components/domain-select';
import { checkedInput, selectInput } from '../../../components/form/adapters';
import { FormField } from '../../../components/form/form-field';
import { useLabel } from '../../../lib/format';
import { ProfileSectionForm } from './profile-section-form';
import { FieldGrid } from './section-card';

const schema = profileSectionsSchema.pick({
  serviceDomains: true,
  skills: true,
  talentCategory: true,
  communityWorker: true,
  languages: true,
});
type Values = z.input<typeof schema>;

function valuesOf(p: OwnProfile): DefaultValues<Values> {
  return {
    serviceDomains: p.serviceDomains,
    skills: p.skills,
    talentCategory: p.talentCategory,
    communityWorker: p.communityWorker,
    languages: p.languages,
  };
}

/** Domains of expertise, skills, the plan's talent category, community-worker flag and languages. */
export function ExpertiseSection({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const label = useLabel();
  const categoryOptions = useMemo(
    () => talentCategories.map((c) => ({ value: c.code, label: label(c.label) })),
    [label],
  );
  return (
    <ProfileSectionForm section="expertise" profile={profile} schema={schema} valuesOf={valuesOf}>
      {({ control }) => (
        <FieldGrid>
          <FormField
            control={control}
            name="serviceDomains"
            label={t('profile.fields.expertiseDomains')}
            extra={t('profile.fields.expertiseDomainsHelp', { max: 10 })}
          >
            {(binding) => <DomainMultiSelect {...selectInput(binding)} maxCount={10} />}
          </FormField>
          <FormField
            control={control}
            name="skills"
            label={t('profile.fields.skills')}
            extra={t('profile.fields.skillsHelp')}
          >
            {(binding) => (
              <Select<string[]>
                {...selectInput(binding)}
                mode="tags"
                tokenSeparators={[',', '，', '、']}
                maxCount={20}
                open={false}
                suffixIcon={null}
                placeholder={t('profile.fields.skillsPlaceholder')}
              />
            )}
          </FormField>
          <FormField
            control={control}
            name="talentCategory"
            label={t('profile.fields.talentCategory')}
            extra={t('profile.fields.talentCategoryHelp')}
          >
            {(binding) => (
              <Select
                {...selectInput(binding, null)}
                options={categoryOptions}
                allowClear
                placeholder={t('profile.choose')}
              />
            )}
          </FormField>
          <FormField
            control={control}
            name="languages"
            label={t('profile.fields.languages')}
            extra={t('profile.fields.languagesHelp')}
          >
            {(binding) => (
              <Select<string[]>
                {...selectInput(binding)}
                mode="tags"
                tokenSeparators={[',', '，', '、']}
                maxCount={10}
                open={false}
                suffixIcon={null}
                placeholder={t('profile.fields.languagesPlaceholder')}
              />
            )}
          </FormField>
          <FormField control={control} name="communityWorker" extra={t('profile.fields.communityWorkerHelp')}>
            {(binding) => (
              <Checkbox {...checkedInput(binding)} onChange={(e) => binding.field.onChange(e.target.checked)}>
                {t('profile.fields.communityWorker')}
              </Checkbox>
            )}
          </FormField>
        </FieldGrid>
      )}
    </ProfileSectionForm>
  );
}
