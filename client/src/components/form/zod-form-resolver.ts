import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { IssueLike } from '../../lib/issue-message';

/** The value at a zod issue path inside the form values. */
export function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = values;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * zodResolver's job — the shared schema checks the form and its output is what gets sent — but
 * each issue's sentence comes from `message(issue, value)` in the interface language: the
 * shared schemas carry English developer messages, which outrank zod's error maps.
 */
export function zodFormResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  message: (issue: IssueLike, input: unknown) => string,
): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.length > 0 ? issue.path.map(String).join('.') : 'root';
      flat[path] ??= { type: issue.code, message: message(issue as IssueLike, valueAt(values, issue.path)) };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
