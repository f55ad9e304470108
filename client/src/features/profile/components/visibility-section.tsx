import { type OwnProfile, profileSectionsSchema, validateCreditCode } from '@shsw/shared';
import { Radio, Select } from 'antd';
import type { DefaultValues } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { selectInput } from '../../../components/form/adapters';
import type { FormApi } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { ProfileSectionForm } from './profile-section-form';
import styles from './visibility-section.module.css';

const schema = profileSectionsSchema.pick({ visibility: true, hideFrom: true });
type Values = z.input<typeof schema>;
const visibilities = ['public', 'verified_orgs', 'hidden'] as const;

function valuesOf(p: OwnProfile): DefaultValues<Values> {
  return { visibility: p.visibility, hideFrom: p.hideFrom };
}

/** Who may find the profile, and organisations (by credit code) that must never see it. */
export function VisibilitySection({ profile }: { profile: OwnProfile }) {
  return (
    <ProfileSectionForm section="visibility" profile={profile} schema={schema} valuesOf={valuesOf}>
      {(form) => <VisibilityFields form={form} />}
    </ProfileSectionForm>
  );
}

function VisibilityFields({ form }: { form: FormApi<typeof schema> }) {
  const { t } = useTranslation();
  const { control } = form;
  const codes = useWatch({ control, name: 'hideFrom' }) ?? [];
  const invalid = codes.flatMap((code) => {
    const result = validateCreditCode(code);
    return result.ok ? [] : [{ code, reason: result.reason }];
  });
  return (
    <>
      <FormField control={control} name="visibility" label={t('profile.fields.visibility')}>
        {({ field, id, labelId, describedBy }) => (
          <Radio.Group
            aria-labelledby={labelId}
            id={id}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
            aria-describedby={describedBy}
            className={styles.options}
          >
            {visibilities.map((v) => (
              <Radio key={v} value={v}>
                <strong>{t(`profile.visibility.${v}`)}</strong>
                <span className={styles.help}>{t(`profile.visibility.${v}Help`)}</span>
              </Radio>
            ))}
          </Radio.Group>
        )}
      </FormField>
      <FormField
        control={control}
        name="hideFrom"
        label={t('profile.fields.hideFrom')}
        extra={t('profile.fields.hideFromHelp')}
      >
        {(binding) => (
          <Select<string[]>
            {...selectInput(binding)}
            onChange={(value: string[]) =>
              binding.field.onChange(value.map((v) => v.replace(/\s+/g, '').toUpperCase()))
            }
            mode="tags"
            tokenSeparators={[',', '，', ' ', '\n']}
            open={false}
            suffixIcon={null}
            maxCount={50}
            placeholder={t('profile.fields.hideFromPlaceholder')}
          />
        )}
      </FormField>
      {invalid.length > 0 && (
        <ul className={styles.invalid} aria-live="polite">
          {invalid.map(({ code, reason }) => (
            <li key={code}>
              {t('profile.fields.hideFromInvalid', { code, reason: t(`validation.creditCodeReason.${reason}`) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
