import { Alert, Form as AntForm, Button, Space, Typography } from 'antd';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import {
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  FormProvider,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useIssueMessage } from '../../lib/issue-message';
import { useApiErrorMessage } from '../../lib/use-api-error-message';
import styles from './form.module.css';
import { type FieldRegistry, FieldRegistryContext } from './form-context';
import { fieldFor, fieldPathOf, serverIssues } from './server-issues';
import { valueAt, zodFormResolver } from './zod-form-resolver';

/**
 * A visible star that screen readers skip (antd's CSS star would be read as "star" inside every
 * field's name), and the word "required" for them instead.
 */
function requiredMark(label: ReactNode, { required }: { required: boolean }): ReactNode {
  if (!required) return label;
  return (
    <>
      <span aria-hidden className={styles.star}>
        *
      </span>
      {label}
      <RequiredText />
    </>
  );
}

function RequiredText() {
  const { t } = useTranslation();
  return <span className="visually-hidden">{t('validation.requiredMark')}</span>;
}

export type FormApi<S extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

interface FormProps<S extends z.ZodType<FieldValues, FieldValues>> {
  /** The shared schema: it checks the form, and its output types the request. */
  schema: S;
  defaultValues?: DefaultValues<z.input<S>>;
  /**
   * Sends the request; a thrown `ApiError` is shown on the fields it names or above the buttons.
   * The form then starts again from the values it returns (what the server saved), or from what was sent.
   */
  onSubmit: (
    values: z.output<S>,
    form: FormApi<S>,
  ) => Promise<DefaultValues<z.input<S>> | undefined> | Promise<void> | void;
  children: ReactNode | ((form: FormApi<S>) => ReactNode);
  /** The submit button's text; leave out to place buttons yourself (submit buttons in `children`). */
  submitLabel?: string;
  /** Called when the submit button itself is pressed (also by Enter in a field), before validation. */
  onSubmitClick?: () => void;
  /** When fields are checked: on submit (the default), or as they change (small tables checked cell by cell). */
  mode?: 'onSubmit' | 'onChange';
  /** Shown next to the button after a successful submit, until the form is changed again. */
  successMessage?: string;
  /** A sentence for errors that need more than the code's (a lock's waiting time); null keeps the default. */
  describeError?: (error: unknown) => string | null;
  /** After a successful submit, start again empty (a form that records entries) instead of from what was saved. */
  clearOnSuccess?: boolean;
  /** Other buttons beside the submit button (cancel). */
  actions?: ReactNode;
  id?: string;
  'aria-labelledby'?: string;
  'aria-label'?: string;
  className?: string;
}

/**
 * The one form wrapper: react-hook-form with the shared zod schema as its resolver, antd's
 * vertical layout, server `validation_failed` issues mapped onto the fields, and every other
 * failure as one sentence above the buttons. Never a toast.
 */
export function Form<S extends z.ZodType<FieldValues, FieldValues>>(props: FormProps<S>) {
  const { schema, defaultValues, onSubmit, children, submitLabel, successMessage, describeError, actions } = props;
  const mode = props.mode ?? 'onSubmit';
  const { t } = useTranslation();
  const issueMessage = useIssueMessage();
  const apiErrorMessage = useApiErrorMessage();
  const resolver = useMemo(() => zodFormResolver(schema, issueMessage), [schema, issueMessage]);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues, mode });
  const [formError, setFormError] = useState<{ message: string; issues: string[] } | null>(null);
  const [succeeded, setSucceeded] = useState(false);

  const shown = useRef(new Map<string, number>());
  const registry = useMemo<FieldRegistry>(
    () => ({
      register(name) {
        shown.current.set(name, (shown.current.get(name) ?? 0) + 1);
        return () => {
          const count = (shown.current.get(name) ?? 1) - 1;
          if (count <= 0) shown.current.delete(name);
          else shown.current.set(name, count);
        };
      },
    }),
    [],
  );

  const showFailure = useCallback(
    (error: unknown) => {
      const issues = serverIssues(error);
      if (issues.length === 0) {
        setFormError({ message: describeError?.(error) ?? apiErrorMessage(error), issues: [] });
        return;
      }
      const names = new Set(shown.current.keys());
      const values = form.getValues();
      const unplaced: string[] = [];
      let first: string | null = null;
      for (const issue of issues) {
        const path = fieldPathOf(issue);
        const field = fieldFor(path, names);
        const segments = path ? path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
        const message = issueMessage({ code: issue.code, path: segments }, valueAt(values, segments));
        if (field) {
          form.setError(field as FieldPath<z.input<S>>, { type: 'server', message });
          first ??= field;
        } else {
          unplaced.push(path ? `${path}: ${message}` : message);
        }
      }
      if (first) form.setFocus(first as FieldPath<z.input<S>>);
      setFormError({ message: t('errors.validation_failed'), issues: unplaced });
    },
    [apiErrorMessage, describeError, form, issueMessage, t],
  );

  // One submission at a time: Enter in a field and a click on the button right after (or a
  // double click) must not send the request twice. A ref, not state: the second event can come
  // before React re-renders the button as loading.
  const inFlight = useRef(false);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSucceeded(false);
    try {
      const saved = await onSubmit(values, form);
      form.reset(props.clearOnSuccess ? defaultValues : (saved ?? form.getValues()));
      setSucceeded(true);
    } catch (error) {
      showFailure(error);
    }
  });

  const rootError = form.formState.errors.root?.message;
  return (
    <FormProvider {...form}>
      <FieldRegistryContext.Provider value={registry}>
        <form
          id={props.id}
          className={props.className}
          aria-labelledby={props['aria-labelledby']}
          aria-label={props['aria-label']}
          noValidate
          onSubmit={(event) => {
            if (inFlight.current) {
              event.preventDefault();
              return;
            }
            inFlight.current = true;
            void submit(event).finally(() => {
              inFlight.current = false;
            });
          }}
        >
          <AntForm layout="vertical" component={false} requiredMark={requiredMark}>
            {typeof children === 'function' ? children(form) : children}
          </AntForm>
          {(formError || rootError) && (
            <Alert
              type="error"
              showIcon
              className={styles.error}
              title={formError?.message ?? rootError}
              description={
                formError && formError.issues.length > 0 ? (
                  <ul className={styles.issues}>
                    {formError.issues.map((issue) => (
                      <li key={issue}>{issue}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
          {submitLabel && (
            <Space wrap className={styles.actions}>
              <Button
                type="primary"
                htmlType="submit"
                loading={form.formState.isSubmitting}
                onClick={props.onSubmitClick}
              >
                {submitLabel}
              </Button>
              {actions}
              <span role="status" aria-live="polite">
                {succeeded && successMessage && !form.formState.isDirty && (
                  <Typography.Text type="success">{successMessage}</Typography.Text>
                )}
              </span>
            </Space>
          )}
        </form>
      </FieldRegistryContext.Provider>
    </FormProvider>
  );
}
