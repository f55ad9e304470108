import { type GuidanceLevel, MAX_MONTHLY_SALARY, type SalaryGuidance, talentCategories } from '@shsw/shared';
import { Alert, Input, InputNumber, Select } from 'antd';
import { useMemo } from 'react';
import type { DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { numberInput, textInput } from '../../../components/form/adapters';
import { Form, type FormApi } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { formatDateTime, useLabel } from '../../../lib/format';
import { messageKeyParam } from '../../../lib/issue-message';
import { withParams } from '../../../lib/url-state';
import { useWideScreen } from '../../../lib/use-media-query';
import { guidanceInForce, useSalaryGuidance } from '../api/get-guidance';
import { useSetSalaryGuidance } from '../api/set-guidance';
import styles from './guidance-editor.module.css';

const amount = z.number().int().min(0).max(MAX_MONTHLY_SALARY);
/** The shared band rule (low ≤ median ≤ high), reported on the cell that breaks it rather than on the row. */
const band = z.strictObject({ low: amount, median: amount, high: amount }).superRefine((b, ctx) => {
  if (b.median < b.low) {
    ctx.addIssue({
      code: 'custom',
      path: ['median'],
      params: { [messageKeyParam]: 'medianBelowLow' },
      message: 'median < low',
    });
  }
  if (b.high < b.median) {
    ctx.addIssue({
      code: 'custom',
      path: ['high'],
      params: { [messageKeyParam]: 'highBelowMedian' },
      message: 'high < median',
    });
  }
});
const guidanceFormSchema = z.strictObject({
  byLevel: z.strictObject({ none: band, assistant: band, social_worker: band, senior: band }),
  byCategory: z.strictObject({ practice: band, supervision: band, management: band, education_research: band }),
  source: z.string().trim().min(4).max(300),
});
type FormInput = z.input<typeof guidanceFormSchema>;
type Api = FormApi<typeof guidanceFormSchema>;

const levels: readonly GuidanceLevel[] = ['none', 'assistant', 'social_worker', 'senior'];
const bounds = ['low', 'median', 'high'] as const;

function valuesOf(g: SalaryGuidance): DefaultValues<FormInput> {
  return { byLevel: structuredClone(g.byLevel), byCategory: structuredClone(g.byCategory), source: g.source };
}

function yearFrom(search: URLSearchParams, fallback: number): number {
  const year = Number(search.get('year'));
  return Number.isInteger(year) && year >= 2015 && year <= 2100 ? year : fallback;
}

/** The bureau enters or corrects one year's guidance: monthly yuan by certificate level and by talent category. */
export function GuidanceEditor() {
  const { t } = useTranslation();
  const guidance = useSalaryGuidance();
  const save = useSetSalaryGuidance();
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = yearFrom(search, thisYear);

  const years = useMemo(() => {
    const published = new Set((guidance.data?.items ?? []).map((g) => g.year));
    const all = new Set([...published, thisYear - 1, thisYear, thisYear + 1, year]);
    return [...all]
      .sort((a, b) => b - a)
      .map((y) => ({
        value: y,
        label: published.has(y)
          ? t('bureau.guidance.yearPublished', { year: y })
          : t('bureau.guidance.yearMissing', { year: y }),
      }));
  }, [guidance.data, thisYear, year, t]);

  if (guidance.isPending) return <PageLoading />;
  if (guidance.isError) return <QueryError error={guidance.error} onRetry={() => void guidance.refetch()} />;

  const current = guidance.data.items.find((g) => g.year === year) ?? null;
  const earlier = current ? null : guidanceInForce(guidance.data.items, year - 1);
  const defaults: DefaultValues<FormInput> = current
    ? valuesOf(current)
    : earlier
      ? { ...valuesOf(earlier), source: '' }
      : { source: '' };

  return (
    <section className={styles.card} aria-labelledby="guidance-editor-title">
      <h2 id="guidance-editor-title" className={styles.title}>
        {t('bureau.guidance.formTitle', { year })}
      </h2>
      <div className={styles.year}>
        <label htmlFor="guidance-year">{t('bureau.guidance.year')}</label>
        <Select<number>
          id="guidance-year"
          value={year}
          options={years}
          onChange={(next) => setSearch((s) => withParams(s, { year: next === thisYear ? null : next }))}
          className={styles.yearSelect}
        />
      </div>
      {current ? (
        <p className={styles.muted}>
          {t('bureau.guidance.lastSaved', { at: formatDateTime(current.updatedAt) || t('common.notGiven') })}
        </p>
      ) : (
        <Alert
          type="info"
          showIcon
          className={styles.alert}
          title={
            earlier
              ? t('bureau.guidance.prefilled', { year, from: earlier.year })
              : t('bureau.guidance.blank', { year })
          }
        />
      )}
      <Form
        key={year}
        schema={guidanceFormSchema}
        defaultValues={defaults}
        mode="onChange"
        submitLabel={t('bureau.guidance.submit', { year })}
        successMessage={t('bureau.guidance.saved', { year })}
        aria-labelledby="guidance-editor-title"
        onSubmit={async (values) => valuesOf(await save.mutateAsync({ year, body: values }))}
      >
        {(form) => (
          <>
            <BandTable form={form} group="byLevel" />
            <BandTable form={form} group="byCategory" />
            <FormField
              control={form.control}
              name="source"
              label={t('bureau.guidance.source')}
              extra={t('bureau.guidance.sourceHelp')}
              required
            >
              {(binding) => <Input.TextArea {...textInput(binding)} rows={2} maxLength={300} />}
            </FormField>
          </>
        )}
      </Form>
    </section>
  );
}

function BandTable({ form, group }: { form: Api; group: 'byLevel' | 'byCategory' }) {
  const { t } = useTranslation();
  const label = useLabel();
  const wide = useWideScreen();
  const rows =
    group === 'byLevel'
      ? levels.map((level) => ({ key: level, label: t(`salary.levels.${level}`) }))
      : talentCategories.map((c) => ({ key: c.code, label: label(c.label) }));
  const captionId = `${group}-caption`;
  return (
    <table className={styles.table} aria-labelledby={captionId}>
      <caption id={captionId} className={styles.caption}>
        {t(`bureau.guidance.${group}`)}
        <span className={styles.muted}> {t('bureau.guidance.unit')}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t(`bureau.guidance.${group}Row`)}</th>
          {bounds.map((bound) => (
            <th key={bound} scope="col">
              {t(`salary.scale.${bound}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {bounds.map((bound) => (
              <td key={bound}>
                <FormField
                  control={form.control}
                  name={`${group}.${row.key}.${bound}` as `byLevel.none.low`}
                  label={
                    <>
                      <span className="visually-hidden">{row.label} </span>
                      {t(`salary.scale.${bound}`)}
                    </>
                  }
                  hideLabel={wide}
                  className={styles.cell}
                >
                  {(binding) => {
                    const input = numberInput(binding);
                    return (
                      <InputNumber
                        {...input}
                        // A change to one amount can fix or break its neighbours: the whole row is checked again.
                        onChange={(value) => {
                          input.onChange(value);
                          void form.trigger(`${group}.${row.key}` as 'byLevel.none');
                        }}
                        min={0}
                        max={MAX_MONTHLY_SALARY}
                        step={100}
                        precision={0}
                        className={styles.input}
                      />
                    );
                  }}
                </FormField>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
