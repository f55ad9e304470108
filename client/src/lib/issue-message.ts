import { validateCreditCode } from '@shsw/shared';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What is known about one validation problem: a zod issue from the form's own check, or an
 * issue the server reported (`{ path, code }` only). The shared schemas carry English
 * developer messages; people see these translated sentences instead.
 */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  values?: readonly unknown[];
  params?: Record<string, unknown>;
}

/** Client-side checks name the sentence to show with `params.messageKey` (a key under `validation`). */
export const messageKeyParam = 'messageKey';

const listFields = new Set([
  'serviceDomains',
  'domains',
  'districtCodes',
  'employmentTypes',
  'skills',
  'languages',
  'hideFrom',
  'benefits',
]);

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

function lastName(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  return '';
}

function customMessage(t: TFunction, issue: IssueLike, input: unknown): string {
  const key = issue.params?.[messageKeyParam];
  if (typeof key === 'string') return t(`validation.${key}` as 'validation.invalid');
  const name = lastName(issue.path);
  const inList = typeof issue.path[issue.path.length - 1] === 'number';
  if (name === 'creditCode' || (name === 'hideFrom' && inList)) {
    const result = typeof input === 'string' ? validateCreditCode(input) : null;
    return result && !result.ok ? t(`validation.creditCodeReason.${result.reason}`) : t('validation.creditCode');
  }
  if (name === 'mobile') return t('validation.mobile');
  if (name === 'login') return t('validation.login');
  if (name === 'streetCode') return t('validation.streetNotInDistrict');
  if (name === 'salaryMax') return t('validation.salaryMaxBelowMin');
  if (name === 'secondaryDomain') return t('validation.sameAsPrimary');
  if (name === 'to') return t('validation.endBeforeStart');
  if (listFields.has(name)) return t('validation.duplicates');
  return t('validation.invalid');
}

function sizeMessage(t: TFunction, issue: IssueLike, input: unknown): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string':
      if (small && (bound <= 1 || isEmpty(input))) return t('validation.required');
      return small ? t('validation.tooShort', { min: bound }) : t('validation.tooLong', { max: bound });
    case 'number':
      return small ? t('validation.numberMin', { min: bound }) : t('validation.numberMax', { max: bound });
    case 'array':
    case 'set':
      if (small && bound <= 1) return t('validation.chooseAtLeastOne');
      return small ? t('validation.minItems', { min: bound }) : t('validation.maxItems', { max: bound });
    default:
      return t('validation.invalid');
  }
}

/** The translated sentence for one issue; `input` is the value at the issue's path, when known. */
export function issueMessage(t: TFunction, issue: IssueLike, input?: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (isEmpty(input)) return t('validation.required');
      return issue.expected === 'int' ? t('validation.integer') : t('validation.invalid');
    case 'too_small':
    case 'too_big':
      if (issue.origin === undefined) return isEmpty(input) ? t('validation.required') : t('validation.invalid');
      return sizeMessage(t, issue, input);
    case 'invalid_format':
      if (isEmpty(input)) return t('validation.required');
      if (issue.format === 'email') return t('validation.email');
      if (lastName(issue.path) === 'number') return t('validation.certificateNumber');
      if (lastName(issue.path) === 'fileName') return t('validation.fileType');
      return t('validation.invalid');
    case 'invalid_value':
      if (issue.values?.length === 1 && issue.values[0] === true) return t('validation.mustAccept');
      return isEmpty(input) ? t('validation.choose') : t('validation.invalid');
    case 'not_multiple_of':
      return t('validation.integer');
    case 'custom':
      return isEmpty(input) ? t('validation.required') : customMessage(t, issue, input);
    case 'station_street':
      return t('validation.stationStreet');
    case 'below_filled':
      return t('validation.belowFilled');
    case 'password_too_short':
    case 'password_too_long':
    case 'password_personal_info':
    case 'password_common':
    case 'password_weak':
    case 'password_word':
    case 'password_repeated':
    case 'password_sequence':
    case 'password_keyboard':
    case 'password_date':
      // The server's verdict on a new password, one issue per reason: say what to change.
      return t(`validation.password.${issue.code.slice('password_'.length) as 'weak'}`);
    default:
      return isEmpty(input) ? t('validation.required') : t('validation.invalid');
  }
}

export function useIssueMessage(): (issue: IssueLike, input?: unknown) => string {
  const { t } = useTranslation();
  return useCallback((issue: IssueLike, input?: unknown) => issueMessage(t, issue, input), [t]);
}
