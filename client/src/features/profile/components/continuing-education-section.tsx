import { PlusOutlined } from '@ant-design/icons';
import { type OwnProfile, profileSectionsSchema } from '@shsw/shared';
import { Button, DatePicker, Input, InputNumber } from 'antd';
import { type DefaultValues, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { dateInput, numberInput, textInput } from '../../../components/form/adapters';
import { draft } from '../../../components/form/draft';
import type { FormApi } from '../../../components/form/form';
import { FormField, ListError } from '../../../components/form/form-field';
import { useNoneToggle } from '../hooks/use-none-toggle';
import { NoneSwitch } from './none-switch';
import { ProfileSectionForm } from './profile-section-form';
import { EntryCard } from './section-card';

const schema = profileSectionsSchema.pick({ continuingEducation: true, declaredNone: true });
type Values = z.input<typeof schema>;
const maxEntries = 200;

function valuesOf(profile: OwnProfile): DefaultValues<Values> {
  return {
    continuingEducation: [...profile.continuingEducation].sort((a, b) => b.date.localeCompare(a.date)),
    declaredNone: profile.declaredNone,
  };
}

/** Continuing-education records (继续教育) counted against the registration cycle's required hours. */
export function ContinuingEducationSection({ profile }: { profile: OwnProfile }) {
  return (
    <ProfileSectionForm
      section="continuingEducation"
      profile={profile}
      schema={schema}
      valuesOf={valuesOf}
      declarable="continuingEducation"
    >
      {(form) => <CeEntries form={form} />}
    </ProfileSectionForm>
  );
}

function CeEntries({ form }: { form: FormApi<typeof schema> }) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = form;
  const list = useFieldArray({ control, name: 'continuingEducation', keyName: 'key' });
  const declared = useWatch({ control, name: 'declaredNone' }) ?? [];
  const none = useNoneToggle('continuingEducation', {
    entries: () => getValues('continuingEducation'),
    replace: list.replace,
    declared,
    dirty: form.formState.isDirty,
    setDeclared: (next) => setValue('declaredNone', next, { shouldDirty: true }),
  });
  return (
    <>
      <NoneSwitch
        checked={none.on}
        onChange={none.toggle}
        label={t('profile.sections.continuingEducation.none')}
        droppedCount={none.droppedCount}
      />
      {!none.on && list.fields.length === 0 && <p>{t('profile.sections.continuingEducation.empty')}</p>}
      {!none.on && list.fields.length < maxEntries && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          style={{ marginBottom: 16 }}
          onClick={() =>
            list.prepend(draft<Values['continuingEducation'][number]>({ provider: '', topic: '' }), {
              focusName: 'continuingEducation.0.date',
            })
          }
        >
          {t('profile.sections.continuingEducation.add')}
        </Button>
      )}
      {list.fields.map((entry, index) => (
        <EntryCard
          key={entry.key}
          title={t('profile.sections.continuingEducation.entry', { n: index + 1 })}
          actions={
            <Button danger size="small" onClick={() => list.remove(index)}>
              {t('profile.removeEntry')}
            </Button>
          }
        >
          <FormField
            control={control}
            name={`continuingEducation.${index}.date`}
            label={t('profile.fields.ceDate')}
            required
          >
            {(binding) => <DatePicker {...dateInput(binding)} style={{ width: '100%' }} />}
          </FormField>
          <FormField
            control={control}
            name={`continuingEducation.${index}.hours`}
            label={t('profile.fields.hours')}
            required
          >
            {(binding) => (
              <InputNumber {...numberInput(binding)} min={0.5} max={200} step={0.5} style={{ width: '100%' }} />
            )}
          </FormField>
          <FormField
            control={control}
            name={`continuingEducation.${index}.provider`}
            label={t('profile.fields.provider')}
            required
          >
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField
            control={control}
            name={`continuingEducation.${index}.topic`}
            label={t('profile.fields.topic')}
            required
          >
            {(binding) => <Input {...textInput(binding)} maxLength={200} />}
          </FormField>
        </EntryCard>
      ))}
      <ListError control={control} name="continuingEducation" />
    </>
  );
}
