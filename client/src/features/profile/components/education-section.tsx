import { PlusOutlined } from '@ant-design/icons';
import { educationLevels, type OwnProfile, profileSectionsSchema } from '@shsw/shared';
import { Button, Checkbox, Input, InputNumber, Radio, Select } from 'antd';
import { useMemo } from 'react';
import { type DefaultValues, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { checkedInput, numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { draft } from '../../../components/form/draft';
import type { FormApi } from '../../../components/form/form';
import { FormField, ListError } from '../../../components/form/form-field';
import { useLabel } from '../../../lib/format';
import { ProfileSectionForm } from './profile-section-form';
import { EntryCard } from './section-card';

const schema = profileSectionsSchema.pick({ education: true });
type Values = z.input<typeof schema>;
const maxEntries = 10;

function valuesOf(profile: OwnProfile): DefaultValues<Values> {
  return { education: profile.education.map((e) => ({ ...e })) };
}

const fields = ['social_work', 'related', 'other'] as const;

export function EducationSection({ profile }: { profile: OwnProfile }) {
  return (
    <ProfileSectionForm section="education" profile={profile} schema={schema} valuesOf={valuesOf}>
      {(form) => <EducationEntries form={form} />}
    </ProfileSectionForm>
  );
}

function EducationEntries({ form }: { form: FormApi<typeof schema> }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { control } = form;
  const list = useFieldArray({ control, name: 'education', keyName: 'key' });
  const levelOptions = useMemo(() => educationLevels.map((l) => ({ value: l.code, label: label(l.label) })), [label]);
  return (
    <>
      {list.fields.length === 0 && <p>{t('profile.sections.education.empty')}</p>}
      {list.fields.map((entry, index) => (
        <EntryCard
          key={entry.key}
          title={t('profile.sections.education.entry', { n: index + 1 })}
          actions={
            <Button danger size="small" onClick={() => list.remove(index)}>
              {t('profile.removeEntry')}
            </Button>
          }
        >
          <FormField
            control={control}
            name={`education.${index}.level`}
            label={t('profile.fields.educationLevel')}
            required
          >
            {(binding) => <Select {...selectInput(binding)} options={levelOptions} placeholder={t('profile.choose')} />}
          </FormField>
          <FormField control={control} name={`education.${index}.school`} label={t('profile.fields.school')} required>
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField control={control} name={`education.${index}.major`} label={t('profile.fields.major')} required>
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField
            control={control}
            name={`education.${index}.field`}
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
                {fields.map((f) => (
                  <Radio key={f} value={f}>
                    {t(`profile.majorField.${f}`)}
                  </Radio>
                ))}
              </Radio.Group>
            )}
          </FormField>
          <FormField
            control={control}
            name={`education.${index}.graduationYear`}
            label={t('profile.fields.graduationYear')}
            required
          >
            {(binding) => (
              <InputNumber {...numberInput(binding)} min={1950} max={2100} precision={0} style={{ width: '100%' }} />
            )}
          </FormField>
          <FormField control={control} name={`education.${index}.inProgress`}>
            {(binding) => (
              <Checkbox {...checkedInput(binding)} onChange={(e) => binding.field.onChange(e.target.checked)}>
                {t('profile.fields.inProgress')}
              </Checkbox>
            )}
          </FormField>
        </EntryCard>
      ))}
      <ListError control={control} name="education" />
      {list.fields.length < maxEntries && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() =>
            list.append(draft<Values['education'][number]>({ school: '', major: '', inProgress: false }), {
              focusName: `education.${list.fields.length}.level`,
            })
          }
          style={{ marginBottom: 16 }}
        >
          {t('profile.sections.education.add')}
        </Button>
      )}
    </>
  );
}
