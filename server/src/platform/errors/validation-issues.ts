import type { ValidationIssue } from '@shsw/shared';
import type { z } from 'zod';

export type RequestPart = 'params' | 'query' | 'body';

/** Flattens zod issues into `{ path: 'body.email', code, message }`, one per offending field. */
export function issuesFrom(part: RequestPart, issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue) => {
    const base = [part, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: `${base}.${key}`,
        code: 'unrecognized_key',
        message: `unknown ${part === 'query' ? 'parameter' : 'field'} "${key}"`,
      }));
    }
    return [{ path: base, code: issue.code, message: issue.message }];
  });
}
