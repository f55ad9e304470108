import { z } from 'zod';
import { roles } from '../api/contract.js';
import { isMainlandMobile, normaliseMobile } from '../rules/phone.js';
import { locales } from '../vocabulary/label.js';

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

/** An e-mail address, stored lower-case: where account links (sign-up, reset, verification) are sent. */
export const emailAddressSchema = z
  .string()
  .trim()
  .max(254)
  .transform((v) => v.toLowerCase())
  .pipe(z.email({ message: 'not a valid e-mail address' }));

/** The languages mail can be written in; zh-CN is the default. */
export const languageSchema = z.enum(locales);

/** At least 8 characters, no composition rules (NIST SP 800-63B); common passwords are refused by the server. */
export const newPasswordSchema = z.string().min(8, 'at least 8 characters').max(128, 'at most 128 characters');

/**
 * Sign-up is by e-mail only: the account is created from the link mailed to the address, so the
 * answer is the same whether or not the address already has an account (no enumeration). Mobile
 * numbers stay valid logins for accounts made by the CLI or before this rule (docs/architecture.md).
 */
export const signUpBodySchema = z.strictObject({
  login: emailAddressSchema,
  password: newPasswordSchema,
  displayName: z.string().trim().min(1).max(50),
  role: z.enum(['worker', 'org']),
  /** An invitation from an organisation owner makes the new account one of its recruiters. */
  inviteCode: z.string().trim().min(8).max(64).optional(),
  acceptPrivacyNotice: z.literal(true, { message: 'the privacy notice must be accepted' }),
  privacyNoticeVersion: z.string().max(20),
  /** The language the confirmation mail (and later mail) is written in. */
  language: languageSchema.optional(),
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
    /**
     * The account's e-mail address: `verified` (mail alerts go out), `unverified` (they wait),
     * `undeliverable` (mail to it failed for good; fix it), `none` (a mobile login without one).
     */
    email: z.enum(['verified', 'unverified', 'undeliverable', 'none']),
    language: languageSchema,
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const meResponseSchema = z.object({ user: sessionUserSchema.nullable() });
export const authResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export const csrfResponseSchema = z.object({ csrfToken: z.string() });
