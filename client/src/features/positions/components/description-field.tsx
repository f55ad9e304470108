import { Input } from 'antd';
import { useDeferredValue } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { textInput } from '../../../components/form/adapters';
import { FormField } from '../../../components/form/form-field';
import { SafeMarkdown } from '../../../components/markdown';
import styles from './description-field.module.css';
import type { PositionControl } from './position-form-values';

/** Markdown on the left, what applicants will see on the right (below, on phones). */
export function DescriptionField({ control }: { control: PositionControl }) {
  const { t } = useTranslation();
  const text = useDeferredValue(useWatch({ control, name: 'description' }) ?? '');
  return (
    <div className={styles.pair}>
      <FormField
        control={control}
        name="description"
        label={t('positions.fields.description')}
        extra={t('positions.fields.descriptionHelp')}
        required
      >
        {(binding) => (
          <Input.TextArea {...textInput(binding)} autoSize={{ minRows: 8, maxRows: 24 }} maxLength={8000} />
        )}
      </FormField>
      <section className={styles.preview} aria-labelledby="description-preview-title">
        <h4 id="description-preview-title" className={styles.previewTitle}>
          {t('positions.fields.preview')}
        </h4>
        {text.trim() ? (
          <SafeMarkdown>{text}</SafeMarkdown>
        ) : (
          <p className={styles.empty}>{t('positions.fields.previewEmpty')}</p>
        )}
      </section>
    </div>
  );
}
