import { CheckCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type OwnProfile, profileSectionsSchema } from '@shsw/shared';
import { Button, Checkbox, DatePicker, Input, InputNumber, Tag } from 'antd';
import { type DefaultValues, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DomainMultiSelect } from '../../../components/domain-select';
import { dateInput, numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { draft } from '../../../components/form/draft';
import type { FormApi } from '../../../components/form/form';
import { FormField, ListError } from '../../../components/form/form-field';
import { useNoneToggle } from '../hooks/use-none-toggle';
import { NoneSwitch } from './none-switch';
import { ProfileSectionForm } from './profile-section-form';
import { EntryCard } from './section-card';

const schema = profileSectionsSchema.pick({ serviceHistory: true, declaredNone: true });
type Values = z.input<typeof schema>;
const maxEntries = 30;

function valuesOf(profile: OwnProfile): DefaultValues<Values> {
  return {
    serviceHistory: profile.serviceHistory.map(({ id, organisationName, domains, role, from, to, hours }) => ({
      id,
      organisationName,
      domains,
      role,
      from,
      to,
      hours,
    })),
    declaredNone: profile.declaredNone,
  };
}

/** Where the worker served, in which domains: the base of years of experience per domain. */
export function ServiceHistorySection({ profile }: { profile: OwnProfile }) {
  return (
    <ProfileSectionForm
      section="serviceHistory"
      profile={profile}
      schema={schema}
      valuesOf={valuesOf}
      declarable="serviceHistory"
    >
      {(form) => <ServiceEntries form={form} profile={profile} />}
    </ProfileSectionForm>
  );
}

function ServiceEntries({ form, profile }: { form: FormApi<typeof schema>; profile: OwnProfile }) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = form;
  const list = useFieldArray({ control, name: 'serviceHistory', keyName: 'key' });
  const declared = useWatch({ control, name: 'declaredNone' }) ?? [];
  const entries = useWatch({ control, name: 'serviceHistory' }) ?? [];
  const none = useNoneToggle('serviceHistory', {
    entries: () => getValues('serviceHistory'),
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
        label={t('profile.sections.serviceHistory.none')}
        droppedCount={none.droppedCount}
      />
      {!none.on && list.fields.length === 0 && <p>{t('profile.sections.serviceHistory.empty')}</p>}
      {list.fields.map((entry, index) => {
        const saved = profile.serviceHistory.find((s) => s.id === entry.id);
        const confirmed = saved?.confirmedByEmployer === true;
        const ongoing = entries[index]?.to === null;
        return (
          <EntryCard
            key={entry.key}
            title={t('profile.sections.serviceHistory.entry', { n: index + 1 })}
            actions={
              <>
                {confirmed ? (
                  <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
                    {t('profile.sections.serviceHistory.confirmed')}
                  </Tag>
                ) : (
                  <span>{t('profile.sections.serviceHistory.selfReported')}</span>
                )}
                <Button danger size="small" onClick={() => list.remove(index)}>
                  {t('profile.removeEntry')}
                </Button>
              </>
            }
          >
            <FormField
              control={control}
              name={`serviceHistory.${index}.organisationName`}
              label={t('profile.fields.organisationName')}
              required
            >
              {(binding) => <Input {...textInput(binding)} maxLength={100} disabled={confirmed} />}
            </FormField>
            <FormField
              control={control}
              name={`serviceHistory.${index}.role`}
              label={t('profile.fields.serviceRole')}
              required
            >
              {(binding) => <Input {...textInput(binding)} maxLength={60} disabled={confirmed} />}
            </FormField>
            <FormField
              control={control}
              name={`serviceHistory.${index}.domains`}
              label={t('profile.fields.serviceDomains')}
              extra={t('profile.fields.serviceDomainsHelp', { max: 3 })}
              required
            >
              {(binding) => <DomainMultiSelect {...selectInput(binding)} maxCount={3} disabled={confirmed} />}
            </FormField>
            <FormField
              control={control}
              name={`serviceHistory.${index}.hours`}
              label={
                <>
                  {t('profile.fields.serviceHours')} {t('common.optional')}
                </>
              }
            >
              {(binding) => (
                <InputNumber
                  {...numberInput(binding, null)}
                  min={0}
                  max={100000}
                  precision={0}
                  style={{ width: '100%' }}
                  disabled={confirmed}
                />
              )}
            </FormField>
            <FormField
              control={control}
              name={`serviceHistory.${index}.from`}
              label={t('profile.fields.from')}
              required
            >
              {(binding) => <DatePicker {...dateInput(binding)} style={{ width: '100%' }} disabled={confirmed} />}
            </FormField>
            <FormField control={control} name={`serviceHistory.${index}.to`} label={t('profile.fields.to')}>
              {(binding) => (
                <div>
                  {!ongoing && (
                    <DatePicker {...dateInput(binding, null)} style={{ width: '100%' }} disabled={confirmed} />
                  )}
                  <Checkbox
                    checked={ongoing}
                    disabled={confirmed}
                    onChange={(e) => binding.field.onChange(e.target.checked ? null : undefined)}
                  >
                    {t('profile.fields.ongoing')}
                  </Checkbox>
                </div>
              )}
            </FormField>
          </EntryCard>
        );
      })}
      <ListError control={control} name="serviceHistory" />
      {!none.on && list.fields.length < maxEntries && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          style={{ marginBottom: 16 }}
          onClick={() =>
            list.append(
              draft<Values['serviceHistory'][number]>({
                organisationName: '',
                role: '',
                domains: [],
                to: null,
                hours: null,
              }),
              {
                focusName: `serviceHistory.${list.fields.length}.organisationName`,
              },
            )
          }
        >
          {t('profile.sections.serviceHistory.add')}
        </Button>
      )}
    </>
  );
}
