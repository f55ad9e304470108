import { reviseReportBodySchema } from '@shsw/shared';
import { Checkbox, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkedInput, textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { useReviseReport } from '../api/publish-report';
import styles from './bureau-report-desk.module.css';
import { usePublishErrorMessage } from './publish-error';

/** A correction: the figures are computed again now and published as the next version, with a note saying why. */
export function ReviseForm({ periodId, period }: { periodId: string; period: string }) {
  const { t } = useTranslation();
  const revise = useReviseReport();
  const errorMessage = usePublishErrorMessage();
  const [published, setPublished] = useState<number | null>(null);
  return (
    <div className={styles.revise}>
      <h3 className={styles.subTitle}>{t('bureauReports.revise.title')}</h3>
      <p className={styles.help}>{t('bureauReports.revise.help', { period })}</p>
      <Form
        schema={reviseReportBodySchema}
        defaultValues={{ revisionNote: '', preliminary: false }}
        submitLabel={t('bureauReports.revise.submit')}
        successMessage={published ? t('bureauReports.revise.done', { version: published }) : undefined}
        describeError={errorMessage}
        aria-label={t('bureauReports.revise.title')}
        onSubmit={async (values) => {
          const report = await revise.mutateAsync({ periodId, ...values });
          setPublished(report.version);
          return { revisionNote: '', preliminary: false };
        }}
      >
        {({ control }) => (
          <>
            <FormField
              control={control}
              name="revisionNote"
              label={t('bureauReports.revise.note')}
              extra={t('bureauReports.revise.noteHelp')}
              required
            >
              {(binding) => <Input.TextArea {...textInput(binding)} rows={3} maxLength={1000} showCount />}
            </FormField>
            <FormField control={control} name="preliminary">
              {(binding) => (
                <Checkbox {...checkedInput(binding)} onChange={(event) => binding.field.onChange(event.target.checked)}>
                  {t('bureauReports.revise.preliminary')}
                </Checkbox>
              )}
            </FormField>
          </>
        )}
      </Form>
    </div>
  );
}
