import type { OwnProfile, UpdateProfileBody } from '@shsw/shared';
import type { ReactNode } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Form, type FormApi } from '../../../components/form/form';
import { useUpdateProfile } from '../api/update-profile';
import { type DeclarableSection, useDeclaredNone } from '../hooks/use-declared-none';
import { SectionCard } from './section-card';

/** The sections edited with a form of their own (the ID card has its own consent panel). */
export type FormSection =
  | 'personal'
  | 'education'
  | 'certificates'
  | 'training'
  | 'continuingEducation'
  | 'serviceHistory'
  | 'expertise'
  | 'wishes'
  | 'visibility';

interface ProfileSectionFormProps<S extends z.ZodType<FieldValues, FieldValues>> {
  section: FormSection;
  profile: OwnProfile;
  /** The section's part of the shared profile schema: it checks the form and types the PATCH. */
  schema: S;
  /** The form's values from a saved record; the form starts again from them after each save. */
  valuesOf: (profile: OwnProfile) => DefaultValues<z.input<S>>;
  /** A list section with an "I have none" switch: when on, the list is sent empty and the answer kept. */
  declarable?: DeclarableSection;
  /** Replaces the section's description (one with values in it). */
  description?: ReactNode;
  children: (form: FormApi<S>) => ReactNode;
}

/**
 * The one shape of a profile section: its card, a form over its part of the shared schema, a
 * PATCH of only that section, "saved" or the error beside the button, and one save at a time
 * (the `Form` ignores a second submit while one is in flight).
 */
export function ProfileSectionForm<S extends z.ZodType<FieldValues, FieldValues>>({
  section,
  profile,
  schema,
  valuesOf,
  declarable,
  description,
  children,
}: ProfileSectionFormProps<S>) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const declaredNone = useDeclaredNone();
  const save = async (values: z.output<S>) => {
    let body = values as UpdateProfileBody;
    if (declarable) {
      const none = (values as { declaredNone?: string[] }).declaredNone?.includes(declarable) ?? false;
      body = { [declarable]: none ? [] : values[declarable], declaredNone: declaredNone(declarable, none) };
    }
    return valuesOf(await update.mutateAsync(body));
  };
  return (
    <SectionCard
      id={section}
      title={t(`profile.sections.${section}.title`)}
      description={description ?? t(`profile.sections.${section}.description`)}
    >
      <Form
        schema={schema}
        defaultValues={valuesOf(profile)}
        submitLabel={t('profile.saveSection')}
        successMessage={t('common.saved')}
        aria-labelledby={`${section}-title`}
        onSubmit={save}
      >
        {children}
      </Form>
    </SectionCard>
  );
}
