import { type ValidationIssue, validationIssueSchema } from '@shsw/shared';
import { type ApiError, isApiError } from '../../lib/api-error';

const issuesSchema = validationIssueSchema.array();

/** The issues of a `validation_failed` answer, or an empty list. */
export function serverIssues(error: unknown): ValidationIssue[] {
  if (!isApiError(error) || error.code !== 'validation_failed') return [];
  const details = error.details;
  const issues = typeof details === 'object' && details !== null && 'issues' in details ? details.issues : undefined;
  const parsed = issuesSchema.safeParse(issues);
  return parsed.success ? parsed.data : [];
}

/** `body.personal.mobile` → `personal.mobile`: form values have the request body's shape. */
export function fieldPathOf(issue: ValidationIssue): string {
  return issue.path.replace(/^(body|query|params)(\.|$)/, '');
}

/** The shown field an issue belongs to: the field itself or the nearest shown field above it. */
export function fieldFor(path: string, shown: ReadonlySet<string>): string | null {
  let candidate = path;
  while (candidate) {
    if (shown.has(candidate)) return candidate;
    const dot = candidate.lastIndexOf('.');
    candidate = dot < 0 ? '' : candidate.slice(0, dot);
  }
  return null;
}

export function isValidationError(error: unknown): error is ApiError {
  return serverIssues(error).length > 0;
}
