import { Form as AntForm } from 'antd';
import { type ReactNode, useEffect, useId } from 'react';
import {
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
  get,
  useController,
  useFormState,
} from 'react-hook-form';
import { useFieldRegistry } from './form-context';

/** What an input needs from its field: value and events from react-hook-form, plus ids for labels and errors. */
export interface FieldBinding<T extends FieldValues, N extends FieldPath<T>> {
  field: ControllerRenderProps<T, N>;
  id: string;
  /** The label's id, for groups (radio buttons, checkboxes) that a `<label for>` can't name. */
  labelId: string;
  invalid: boolean;
  /** `aria-describedby` for the input: the error and the help text, when shown. */
  describedBy: string | undefined;
}

interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>, O extends FieldValues> {
  control: Control<T, unknown, O>;
  name: N;
  label?: ReactNode;
  required?: boolean;
  /** Help shown under the input. */
  extra?: ReactNode;
  /** Label hidden visually but kept for screen readers (when the input sits in a row with its own heading). */
  hideLabel?: boolean;
  className?: string;
  children: (binding: FieldBinding<T, N>) => ReactNode;
}

/** One labelled input bound to a form field, with its error under it and linked by `aria-describedby`. */
export function FormField<T extends FieldValues, N extends FieldPath<T>, O extends FieldValues>(
  props: FormFieldProps<T, N, O>,
) {
  const { control, name, label, required, extra, hideLabel, className, children } = props;
  const { field, fieldState } = useController({ control, name });
  const id = useId();
  const registry = useFieldRegistry();
  useEffect(() => registry?.register(name), [registry, name]);
  const message = fieldState.error?.message;
  const errorId = `${id}-error`;
  const extraId = `${id}-extra`;
  const describedBy = [message ? errorId : null, extra ? extraId : null].filter(Boolean).join(' ') || undefined;
  return (
    <AntForm.Item
      label={
        label && (
          <span id={`${id}-label`} className={hideLabel ? 'visually-hidden' : undefined}>
            {label}
          </span>
        )
      }
      htmlFor={id}
      required={required}
      validateStatus={message ? 'error' : undefined}
      help={message ? <span id={errorId}>{message}</span> : undefined}
      extra={extra ? <span id={extraId}>{extra}</span> : undefined}
      className={className}
    >
      {children({ field, id, labelId: `${id}-label`, invalid: Boolean(message), describedBy })}
    </AntForm.Item>
  );
}

/** Errors about a whole list (too many entries, duplicates), for lists edited entry by entry. */
export function ListError<T extends FieldValues, O extends FieldValues>({
  control,
  name,
}: {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
}) {
  const { errors } = useFormState({ control, name });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  if (!message) return null;
  return (
    <div role="alert" className="ant-form-item-explain-error">
      {message}
    </div>
  );
}
