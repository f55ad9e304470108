import {
  certificateLevels,
  certificateRequirementCodes,
  educationLevels,
  employmentTypes,
  streetInDistrict,
  talentCategories,
} from '@shsw/shared';
import { Checkbox, DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DomainSelect } from '../../../components/domain-select';
import { checkedInput, dateInput, numberInput, selectInput, textInput } from '../../../components/form/adapters';
import { FormField } from '../../../components/form/form-field';
import { DistrictSelect, StreetSelect } from '../../../components/place-select';
import { useLabel } from '../../../lib/format';
import { DescriptionField } from './description-field';
import styles from './position-form.module.css';
import type { PositionControl, PostingOrganisation } from './position-form-values';
import { fixedStreetOf } from './position-form-values';

export interface SalaryRangeWatch {
  salaryMin: number | undefined;
  salaryMax: number | undefined;
  minCertificate: 'none' | 'assistant' | 'social_worker' | 'senior' | undefined;
}

interface PositionFieldsProps {
  control: PositionControl;
  organisation: PostingOrganisation;
  setStreet: (code: string) => void;
  getStreet: () => string | undefined;
  /** The live salary-guidance comparison, placed beside the salary inputs. */
  renderGuidance?: (range: SalaryRangeWatch) => ReactNode;
  setGovernmentPurchase: (value: { funder: string; projectEndDate: string } | null) => void;
}

function Group({ legend, help, children }: { legend: string; help?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {help && <p className={styles.help}>{help}</p>}
      {children}
    </fieldset>
  );
}

/** Every field of a position, grouped as an employer thinks about a post. */
export function PositionFields(props: PositionFieldsProps) {
  const { control, organisation } = props;
  const { t } = useTranslation();
  const label = useLabel();
  const options = useMemo(
    () => ({
      categories: talentCategories.map((c) => ({ value: c.code, label: label(c.label) })),
      employment: employmentTypes.map((c) => ({ value: c.code, label: label(c.label) })),
      certificates: certificateRequirementCodes.map((code) => {
        const level = certificateLevels.find((l) => l.code === code);
        return { value: code, label: level ? label(level.label) : t('positions.fields.noCertificate') };
      }),
      education: [
        { value: 'none', label: t('positions.fields.noEducation') },
        ...educationLevels.map((l) => ({ value: l.code, label: label(l.label) })),
      ],
    }),
    [label, t],
  );
  const fixed = fixedStreetOf(organisation);
  return (
    <>
      <Group legend={t('positions.form.basics')}>
        <div className={styles.grid}>
          <FormField
            control={control}
            name="title"
            label={t('positions.fields.title')}
            required
            className={styles.wide}
          >
            {(binding) => <Input {...textInput(binding)} maxLength={60} showCount />}
          </FormField>
          <FormField control={control} name="primaryDomain" label={t('positions.fields.primaryDomain')} required>
            {(binding) => <DomainSelect {...selectInput(binding)} />}
          </FormField>
          <FormField
            control={control}
            name="secondaryDomain"
            label={
              <>
                {t('positions.fields.secondaryDomain')} {t('common.optional')}
              </>
            }
          >
            {(binding) => <DomainSelect {...selectInput(binding, null)} allowClear />}
          </FormField>
          <FormField
            control={control}
            name="talentCategory"
            label={t('positions.fields.talentCategory')}
            extra={t('positions.fields.talentCategoryHelp')}
            required
          >
            {(binding) => <Select {...selectInput(binding)} options={options.categories} />}
          </FormField>
          <FormField control={control} name="employmentType" label={t('positions.fields.employmentType')} required>
            {(binding) => <Select {...selectInput(binding)} options={options.employment} />}
          </FormField>
          <FormField control={control} name="headcount" label={t('positions.fields.headcount')} required>
            {(binding) => (
              <InputNumber
                {...numberInput(binding)}
                min={1}
                max={500}
                precision={0}
                suffix={t('positions.units.people')}
                className={styles.number}
              />
            )}
          </FormField>
        </div>
      </Group>

      <Group legend={t('positions.form.place')} help={fixed ? t('positions.form.stationPlace') : undefined}>
        <div className={styles.grid}>
          <FormField control={control} name="districtCode" label={t('positions.fields.district')} required>
            {(binding) => (
              <DistrictSelect
                {...selectInput(binding)}
                disabled={fixed !== null}
                onChange={(code) => {
                  binding.field.onChange(code);
                  const street = props.getStreet();
                  if (street && (!code || !streetInDistrict(street, code))) props.setStreet('');
                }}
              />
            )}
          </FormField>
          <StreetField control={control} fixed={fixed !== null} />
        </div>
      </Group>

      <Group legend={t('positions.form.salary')} help={t('positions.form.salaryHelp')}>
        <div className={styles.salary}>
          <div className={styles.salaryInputs}>
            <FormField control={control} name="salaryMin" label={t('positions.fields.salaryMin')} required>
              {(binding) => (
                <InputNumber
                  {...numberInput(binding)}
                  min={0}
                  max={200000}
                  step={500}
                  precision={0}
                  suffix={t('salary.unit')}
                  className={styles.number}
                />
              )}
            </FormField>
            <FormField control={control} name="salaryMax" label={t('positions.fields.salaryMax')} required>
              {(binding) => (
                <InputNumber
                  {...numberInput(binding)}
                  min={0}
                  max={200000}
                  step={500}
                  precision={0}
                  suffix={t('salary.unit')}
                  className={styles.number}
                />
              )}
            </FormField>
            <FormField
              control={control}
              name="minCertificate"
              label={t('positions.fields.minCertificate')}
              extra={t('positions.fields.minCertificateHelp')}
              required
            >
              {(binding) => <Select {...selectInput(binding)} options={options.certificates} />}
            </FormField>
          </div>
          {props.renderGuidance && <GuidanceSlot control={control} render={props.renderGuidance} />}
        </div>
      </Group>

      <Group legend={t('positions.form.requirements')}>
        <div className={styles.grid}>
          <FormField control={control} name="minEducation" label={t('positions.fields.minEducation')} required>
            {(binding) => <Select {...selectInput(binding)} options={options.education} />}
          </FormField>
          <FormField
            control={control}
            name="minYearsInDomain"
            label={t('positions.fields.minYearsInDomain')}
            extra={t('positions.fields.minYearsInDomainHelp')}
            required
          >
            {(binding) => (
              <InputNumber
                {...numberInput(binding)}
                min={0}
                max={40}
                precision={0}
                suffix={t('positions.units.years')}
                className={styles.number}
              />
            )}
          </FormField>
          <FormField control={control} name="socialWorkMajorRequired" className={styles.wide}>
            {(binding) => (
              <Checkbox {...checkedInput(binding)} onChange={(e) => binding.field.onChange(e.target.checked)}>
                {t('positions.fields.socialWorkMajorRequired')}
              </Checkbox>
            )}
          </FormField>
          <TagsField
            control={control}
            name="skills"
            label={t('positions.fields.skills')}
            help={t('positions.fields.tagsHelp', { max: 15 })}
            placeholder={t('positions.fields.skillsPlaceholder')}
          />
        </div>
      </Group>

      <Group legend={t('positions.form.description')} help={t('positions.form.descriptionHelp')}>
        <DescriptionField control={control} />
      </Group>

      <Group legend={t('positions.form.terms')}>
        <div className={styles.grid}>
          <TagsField
            control={control}
            name="benefits"
            label={t('positions.fields.benefits')}
            help={t('positions.fields.tagsHelp', { max: 15 })}
            placeholder={t('positions.fields.benefitsPlaceholder')}
          />
          <FormField
            control={control}
            name="deadline"
            label={t('positions.fields.deadline')}
            extra={t('positions.fields.deadlineHelp')}
          >
            {(binding) => (
              <DatePicker
                {...dateInput(binding, null)}
                disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                className={styles.number}
              />
            )}
          </FormField>
        </div>
        <GovernmentPurchaseFields control={control} onToggle={props.setGovernmentPurchase} />
      </Group>
    </>
  );
}

function StreetField({ control, fixed }: { control: PositionControl; fixed: boolean }) {
  const { t } = useTranslation();
  const district = useWatch({ control, name: 'districtCode' });
  return (
    <FormField
      control={control}
      name="streetCode"
      label={t('positions.fields.street')}
      extra={fixed ? t('positions.fields.streetFixed') : undefined}
      required
    >
      {(binding) => (
        <StreetSelect {...selectInput(binding)} districtCode={district || undefined} disabled={fixed || !district} />
      )}
    </FormField>
  );
}

function GuidanceSlot({
  control,
  render,
}: {
  control: PositionControl;
  render: (range: SalaryRangeWatch) => ReactNode;
}) {
  const [salaryMin, salaryMax, minCertificate] = useWatch({
    control,
    name: ['salaryMin', 'salaryMax', 'minCertificate'],
  });
  return <div className={styles.guidance}>{render({ salaryMin, salaryMax, minCertificate })}</div>;
}

function TagsField({
  control,
  name,
  label,
  help,
  placeholder,
}: {
  control: PositionControl;
  name: 'skills' | 'benefits';
  label: string;
  help: string;
  placeholder: string;
}) {
  const { t } = useTranslation();
  return (
    <FormField
      control={control}
      name={name}
      label={
        <>
          {label} {t('common.optional')}
        </>
      }
      extra={help}
    >
      {(binding) => (
        <Select<string[]>
          {...selectInput(binding)}
          mode="tags"
          tokenSeparators={[',', '，', '、']}
          maxCount={15}
          open={false}
          suffixIcon={null}
          placeholder={placeholder}
        />
      )}
    </FormField>
  );
}

/** 政府购买服务项目: who funds the post and until when, shown to applicants (the post may end with the project). */
function GovernmentPurchaseFields({
  control,
  onToggle,
}: {
  control: PositionControl;
  onToggle: (value: { funder: string; projectEndDate: string } | null) => void;
}) {
  const { t } = useTranslation();
  const value = useWatch({ control, name: 'governmentPurchase' });
  const on = value !== null && value !== undefined;
  return (
    <div className={styles.purchase}>
      <Checkbox checked={on} onChange={(e) => onToggle(e.target.checked ? { funder: '', projectEndDate: '' } : null)}>
        {t('positions.fields.governmentPurchase')}
      </Checkbox>
      <p className={styles.help}>{t('positions.fields.governmentPurchaseHelp')}</p>
      {on && (
        <div className={styles.grid}>
          <FormField control={control} name="governmentPurchase.funder" label={t('positions.fields.funder')} required>
            {(binding) => <Input {...textInput(binding)} maxLength={100} />}
          </FormField>
          <FormField
            control={control}
            name="governmentPurchase.projectEndDate"
            label={t('positions.fields.projectEndDate')}
            required
          >
            {(binding) => <DatePicker {...dateInput(binding)} className={styles.number} />}
          </FormField>
        </div>
      )}
    </div>
  );
}
