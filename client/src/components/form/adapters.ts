import dayjs, { type Dayjs } from 'dayjs';
import type { ChangeEvent } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import type { FieldBinding } from './form-field';

/**
 * Props for antd inputs from a field binding. Empty text becomes `empty` (undefined for an
 * optional field, null for a nullable one) so the shared schema sees "not given", not "".
 */
export function textInput<T extends FieldValues, N extends FieldPath<T>>(
  { field, id, invalid, describedBy }: FieldBinding<T, N>,
  empty: undefined | null = undefined,
) {
  return {
    id,
    name: field.name,
    ref: field.ref,
    value: typeof field.value === 'string' ? field.value : '',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      field.onChange(event.target.value === '' ? empty : event.target.value),
    onBlur: field.onBlur,
    status: invalid ? ('error' as const) : undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
}

/** antd InputNumber: a cleared box is undefined (required → "please fill in") or `empty`. */
export function numberInput<T extends FieldValues, N extends FieldPath<T>>(
  { field, id, invalid, describedBy }: FieldBinding<T, N>,
  empty: undefined | null = undefined,
) {
  return {
    id,
    name: field.name,
    ref: field.ref,
    value: typeof field.value === 'number' ? field.value : null,
    onChange: (value: number | string | null) =>
      field.onChange(value === null || value === '' ? empty : typeof value === 'number' ? value : Number(value)),
    onBlur: field.onBlur,
    status: invalid ? ('error' as const) : undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
}

/** antd Select (single or multiple): the value as is; a cleared single select is `empty`. */
export function selectInput<T extends FieldValues, N extends FieldPath<T>>(
  { field, id, invalid, describedBy }: FieldBinding<T, N>,
  empty: undefined | null = undefined,
) {
  return {
    id,
    ref: field.ref,
    value: field.value === '' || field.value === null ? undefined : field.value,
    onChange: (value: unknown) => field.onChange(value === undefined ? empty : value),
    onBlur: field.onBlur,
    status: invalid ? ('error' as const) : undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
}

/** antd Checkbox / Switch. */
export function checkedInput<T extends FieldValues, N extends FieldPath<T>>({
  field,
  id,
  invalid,
  describedBy,
}: FieldBinding<T, N>) {
  return {
    id,
    ref: field.ref,
    checked: field.value === true,
    onBlur: field.onBlur,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
}

/** antd DatePicker over an ISO date string (`YYYY-MM-DD`), the shape the shared schemas use. */
export function dateInput<T extends FieldValues, N extends FieldPath<T>>(
  { field, id, invalid, describedBy }: FieldBinding<T, N>,
  empty: undefined | null = undefined,
) {
  const value = typeof field.value === 'string' && field.value ? dayjs(field.value) : null;
  return {
    id,
    ref: field.ref,
    value: value?.isValid() ? value : null,
    onChange: (date: Dayjs | null) => field.onChange(date ? date.format('YYYY-MM-DD') : empty),
    onBlur: field.onBlur,
    format: 'YYYY-MM-DD',
    status: invalid ? ('error' as const) : undefined,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
}
