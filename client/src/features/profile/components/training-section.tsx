import { PlusOutlined } from '@ant-design/icons';
import { type OwnProfile, profileSectionsSchema, socialWorkTrainingHours } from '@shsw/shared';
import { Button, Checkbox, Input, InputNumber } from 'antd';
import { type DefaultValues, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { checkedInput, numberInput, textInput } from '../../../components/form/adapters';
import { draft } from '../../../components/form/draft';
import type { FormApi } from '../../../components/form/form';
import { FormField, ListError } from '../../../components/form/form-field';
import { ProfileSectionForm } from './profile-section-form';
import { EntryCard } from './section-card';

const schema = profileSectionsSchema.pick({ training: true });
type Values = z.input<typeof schema>;
const maxEntries = 30;

function valuesOf(profile: OwnProfile): DefaultValues<Values> {
  return { training: profile.training.map((e) => ({ ...e })) };
}

/** Social-work training: 120 hours with proof make a social-work talent without degree or certificate. */
export function TrainingSection({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  return (
    <ProfileSectionForm
      section="training"
      profile={profile}
      schema={schema}
      valuesOf={valuesOf}
      description={t('profile.sections.training.description', { hours: socialWorkTrainingHours })}
    >
      {(form) => <TrainingEntries form={form} />}
    </ProfileSectionForm>
  );
}

function TrainingEntries({ form }: { form: FormApi<typeof schema> }) {
  const { t } = useTranslation();
  const { control } = form;
  const list = useFieldArray({ control, name: 'training', keyName: 'key' });
  const entries = useWatch({ control, name: 'training' }) ?? [];
  const proven = entries.reduce((sum, e) => (e?.hasProof && typeof e.hours === 'number' ? sum + e.hours : sum), 0);
  return (
    <>
      <p role="status">{t('profile.sections.training.total', { hours: proven, needed: socialWorkTrainingHours })}</p>
      {list.fields.length === 0 && <p>{t('profile.sections.training.empty')}</p>}
      {list.fields.map((entry, index) => (
        <EntryCard
          key={entry.key}
          title={t('profile.sections.training.entry', { n: index + 1 })}
          actions={
            <Button danger size="small" onClick={() => list.remove(index)}>
              {t('profile.removeEntry')}
            </Button>
          }
        >
          <FormField
            control={control}
            name={`training.${index}.provider`}
            label={t('profile.fields.provider')}
            required
          >
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField control={control} name={`training.${index}.year`} label={t('profile.fields.year')} required>
            {(binding) => (
              <InputNumber {...numberInput(binding)} min={1950} max={2100} precision={0} style={{ width: '100%' }} />
            )}
          </FormField>
          <FormField control={control} name={`training.${index}.hours`} label={t('profile.fields.hours')} required>
            {(binding) => <InputNumber {...numberInput(binding)} min={1} max={5000} style={{ width: '100%' }} />}
          </FormField>
          <FormField control={control} name={`training.${index}.hasProof`}>
            {(binding) => (
              <Checkbox {...checkedInput(binding)} onChange={(e) => binding.field.onChange(e.target.checked)}>
                {t('profile.fields.hasProof')}
              </Checkbox>
            )}
          </FormField>
          <FormField
            control={control}
            name={`training.${index}.proofReference`}
            label={
              <>
                {t('profile.fields.proofReference')} {t('common.optional')}
              </>
            }
            extra={t('profile.fields.proofReferenceHelp')}
          >
            {(binding) => <Input {...textInput(binding, null)} maxLength={100} />}
          </FormField>
        </EntryCard>
      ))}
      <ListError control={control} name="training" />
      {list.fields.length < maxEntries && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          style={{ marginBottom: 16 }}
          onClick={() =>
            list.append(draft<Values['training'][number]>({ provider: '', hasProof: false, proofReference: null }), {
              focusName: `training.${list.fields.length}.provider`,
            })
          }
        >
          {t('profile.sections.training.add')}
        </Button>
      )}
    </>
  );
}
