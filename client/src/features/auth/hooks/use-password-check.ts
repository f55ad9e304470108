import type { PasswordCheck } from '@shsw/shared';
import { useEffect, useMemo, useState } from 'react';

type Checker = (password: string, options?: { userInputs?: readonly string[] }) => PasswordCheck;

let loaded: Checker | null = null;
let loading: Promise<Checker> | null = null;

/**
 * Loads the shared password check once. Its dictionaries (~480 kB) are a chunk of their own,
 * fetched only by the forms that set a password.
 */
export function loadPasswordChecker(): Promise<Checker> {
  loading ??= import('@shsw/shared/password-strength').then((m) => {
    loaded = m.checkPassword;
    return m.checkPassword;
  });
  return loading;
}

/** The check once loaded, else null: a form then leaves the verdict to the server, which runs the same one. */
export const passwordChecker = (): Checker | null => loaded;

/** The live verdict on a password being typed; null while the check is still loading. */
export function usePasswordCheck(password: string, userInputs: readonly string[]): PasswordCheck | null {
  const [checker, setChecker] = useState<Checker | null>(() => loaded);
  useEffect(() => {
    if (checker) return;
    let live = true;
    loadPasswordChecker()
      .then((c) => {
        if (live) setChecker(() => c);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [checker]);
  const inputs = userInputs.join('\n');
  return useMemo(
    () => (checker ? checker(password, { userInputs: inputs.split('\n') }) : null),
    [checker, password, inputs],
  );
}

/** The form-level issue for a refused password: the first reason, worded under `validation.password`. */
export function passwordRefusal(password: string, userInputs: readonly string[]): string | null {
  const result = loaded?.(password, { userInputs });
  if (!result || result.ok) return null;
  const order = ['personal_info', 'common', 'weak'] as const;
  const first = order.find((issue) => result.issues.includes(issue));
  return first ? `password.${first}` : null;
}
