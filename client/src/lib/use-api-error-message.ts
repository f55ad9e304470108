import { validationIssueSchema } from '@shsw/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-error';

const issuesSchema = validationIssueSchema.array();

/** `body.contact.email` → `contact.email`: the part a person filling in a form recognises. */
function fieldOf(path: string): string {
  return path.replace(/^(body|query|params)\./, '');
}

function invalidFields(details: unknown): string[] {
  const issues = typeof details === 'object' && details !== null && 'issues' in details ? details.issues : undefined;
  const parsed = issuesSchema.safeParse(issues);
  if (!parsed.success) return [];
  return [...new Set(parsed.data.map((issue) => fieldOf(issue.path)).filter(Boolean))];
}

/** Turns anything a query or mutation threw into one translated sentence for the person using the page. */
export function useApiErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('errors.internal_error');
      const message = t(`errors.${error.code}`);
      const fields = error.code === 'validation_failed' ? invalidFields(error.details) : [];
      if (fields.length === 0) return message;
      return t('errors.fieldsToCheck', { message, fields: fields.join(t('errors.listSeparator')) });
    },
    [t],
  );
}
