import { type DenominatorCode, denominatorBodySchema, type denominatorSchema } from '@shsw/shared';
import { DatePicker, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DataList } from '../../../components/data-list';
import { dateInput, numberInput, textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useSetDenominator } from '../api/denominators';
import styles from './denominators-editor.module.css';
import { useIndicatorNumber } from './indicator-format';

type Denominator = z.infer<typeof denominatorSchema>;

interface DenominatorSectionProps {
  code: DenominatorCode;
  title: string;
  /** The indicators computed with it. */
  usedBy: string[];
  /** Its entries, newest first; the first is in use. */
  history: Denominator[];
}

export function DenominatorSection({ code, title, usedBy, history }: DenominatorSectionProps) {
  const { t } = useTranslation();
  const number = useIndicatorNumber();
  const save = useSetDenominator();
  const current = history[0];
  const titleId = `denominator-${code}-title`;
  return (
    <section className={styles.section} aria-labelledby={titleId} data-testid={`denominator-${code}`}>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <p className={styles.muted}>{usedBy.join(t('errors.listSeparator'))}</p>
      <p className={styles.current} data-testid="denominator-current">
        {current
          ? t('bureauReports.denominators.current', {
              value: number(current.value),
              source: current.source,
              asOf: formatDate(current.asOf),
            })
          : t('bureauReports.denominators.none')}
      </p>
      <Form
        schema={denominatorBodySchema}
        aria-label={t('bureauReports.denominators.formLabel', { name: title })}
        submitLabel={t('bureauReports.denominators.submit')}
        successMessage={t('bureauReports.denominators.saved')}
        clearOnSuccess
        onSubmit={async (body) => {
          await save.mutateAsync({ code, body });
        }}
        className={styles.form}
      >
        {({ control }) => (
          <div className={styles.fields}>
            <FormField control={control} name="value" label={t('bureauReports.denominators.value')} required>
              {(binding) => <InputNumber {...numberInput(binding)} min={1} precision={0} className={styles.number} />}
            </FormField>
            <FormField
              control={control}
              name="source"
              label={t('bureauReports.denominators.source')}
              extra={t('bureauReports.denominators.sourceHelp')}
              required
            >
              {(binding) => <Input {...textInput(binding)} maxLength={300} />}
            </FormField>
            <FormField control={control} name="asOf" label={t('bureauReports.denominators.asOf')} required>
              {(binding) => <DatePicker {...dateInput(binding)} className={styles.date} />}
            </FormField>
          </div>
        )}
      </Form>
      <h3 className={styles.subTitle}>{t('bureauReports.denominators.history')}</h3>
      {history.length === 0 ? (
        <p className={styles.muted}>{t('bureauReports.denominators.historyEmpty')}</p>
      ) : (
        <DataList
          rows={history}
          rowKey={(row) => row.enteredAt}
          label={t('bureauReports.denominators.historyLabel', { name: title })}
          empty={null}
          columns={[
            {
              key: 'value',
              title: t('bureauReports.denominators.value'),
              render: (row) => number(row.value),
              primary: true,
            },
            { key: 'source', title: t('bureauReports.denominators.source'), render: (row) => row.source },
            { key: 'asOf', title: t('bureauReports.denominators.asOf'), render: (row) => formatDate(row.asOf) },
            {
              key: 'enteredAt',
              title: t('bureauReports.denominators.enteredAt'),
              render: (row) => formatDateTime(row.enteredAt),
            },
          ]}
        />
      )}
    </section>
  );
}
