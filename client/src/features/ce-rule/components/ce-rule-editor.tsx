import { ceRuleSchema, certificateLevels, defaultCeRule } from '@shsw/shared';
import { Button, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useLabel } from '../../../lib/format';
import { useCeRule } from '../api/get-ce-rule';
import { useSetCeRule } from '../api/set-ce-rule';
import styles from './ce-rule-editor.module.css';

/** Cycle length and hours per certificate level; workers' CE status is computed from it. */
export function CeRuleEditor() {
  const { t } = useTranslation();
  const label = useLabel();
  const rule = useCeRule();
  const save = useSetCeRule();
  if (rule.isPending) return <PageLoading />;
  if (rule.isError) return <QueryError error={rule.error} onRetry={() => void rule.refetch()} />;
  return (
    <section className={styles.card} aria-labelledby="ce-rule-title">
      <h2 id="ce-rule-title" className={styles.title}>
        {t('bureau.ceRule.formTitle')}
      </h2>
      <p>{t('bureau.ceRule.description')}</p>
      <Form
        schema={ceRuleSchema}
        defaultValues={rule.data}
        submitLabel={t('bureau.ceRule.submit')}
        successMessage={t('bureau.ceRule.saved')}
        onSubmit={async (values) => save.mutateAsync(values)}
      >
        {({ control, reset }) => (
          <>
            <FormField
              control={control}
              name="cycleYears"
              label={t('bureau.ceRule.cycleYears')}
              extra={t('bureau.ceRule.cycleYearsHelp')}
              required
            >
              {(binding) => (
                <InputNumber
                  {...numberInput(binding)}
                  min={1}
                  max={10}
                  precision={0}
                  suffix={t('bureau.ceRule.years')}
                  className={styles.number}
                />
              )}
            </FormField>
            <fieldset className={styles.levels}>
              <legend>{t('bureau.ceRule.hoursPerCycle')}</legend>
              {certificateLevels.map((level) => (
                <FormField
                  key={level.code}
                  control={control}
                  name={`hoursPerCycle.${level.code}`}
                  label={label(level.label)}
                  extra={t('bureau.ceRule.defaultHours', { hours: level.defaultCeHoursPerCycle })}
                  required
                >
                  {(binding) => (
                    <InputNumber
                      {...numberInput(binding)}
                      min={0}
                      max={1000}
                      precision={0}
                      suffix={t('bureau.ceRule.hours')}
                      className={styles.number}
                    />
                  )}
                </FormField>
              ))}
            </fieldset>
            <Button
              className={styles.defaults}
              onClick={() =>
                reset(
                  { ...defaultCeRule, hoursPerCycle: { ...defaultCeRule.hoursPerCycle } },
                  { keepDefaultValues: true },
                )
              }
            >
              {t('bureau.ceRule.restoreDefaults')}
            </Button>
          </>
        )}
      </Form>
    </section>
  );
}
