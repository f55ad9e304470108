import { z } from 'zod';
import { roles } from '../api/contract.js';
import { isMainlandMobile, normaliseMobile } from '../rules/phone.js';

export const PRIVACY_NOTICE_VERSION = '2026-11';

/** An e-mail address or a mainland mobile number; stored normalised (lower-case e-mail, bare 11 digits). */
export const loginIdSchema = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .transform((v, ctx) => {
    if (v.includes('@')) {
      const email = v.toLowerCase();
      if (!z.email().safeParse(email).success) {
        ctx.addIssue({ code: 'custom', message: 'not a valid e-mail address' });
        return z.NEVER;
      }
      return email;
    }
    if (!isMainlandMobile(v)) {
      ctx.addIssue({ code: 'custom', message: 'enter an e-mail address or a mainland mobile number' });
      return z.NEVER;
    }
    return normaliseMobile(v);
  });

/** At least 8 characters, no composition rules (NIST SP 800-63B); common passwords are refused by the server. */
export const newPasswordSchema = z.string().min(8, 'at least 8 characters').max(128, 'at most 128 characters');

export const signUpBodySchema = z.strictObject({
  login: loginIdSchema,
  password: newPasswordSchema,
  displayName: z.string().trim().min(1).max(50),
  role: z.enum(['worker', 'org']),
  /** An invitation from an organisation owner makes the new account one of its recruiters. */
  inviteCode: z.string().trim().min(8).max(64).optional(),
  acceptPrivacyNotice: z.literal(true, { message: 'the privacy notice must be accepted' }),
  privacyNoticeVersion: z.string().max(20),
});
export type SignUpBody = z.input<typeof signUpBodySchema>;

export const signInBodySchema = z.strictObject({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(128),
});
export type SignInBody = z.input<typeof signInBodySchema>;

export const changePasswordBodySchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: newPasswordSchema,
});

export const sessionUserSchema = z
  .object({
    id: z.string(),
    role: z.enum(roles),
    displayName: z.string(),
    /** The sign-in identifier, masked. */
    login: z.string(),
    orgId: z.string().nullable(),
    orgRole: z.enum(['owner', 'recruiter']).nullable(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema.nullable() });
export const authResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export const csrfResponseSchema = z.object({ csrfToken: z.string() });
