import { checkPassword } from '@shsw/shared/password-strength';
import { AppError } from '../../platform/errors/app-error.js';

/**
 * Refuses a new password that breaks the shared policy with a validation error naming the
 * field and every issue (`password_weak`, `password_word`, …), which the client words.
 * `userInputs` are the account's login and display name. Sign-up, password change and
 * password reset all call this.
 */
export function assertStrongPassword(password: string, field: string, userInputs: readonly string[]): void {
  const verdict = checkPassword(password, { userInputs });
  if (!verdict.ok) {
    throw new AppError('validation_failed', 'the password is not acceptable', {
      issues: verdict.issues.map((code) => ({
        path: field,
        code: `password_${code}`,
        message: `password refused: ${code}`,
      })),
    });
  }
}
