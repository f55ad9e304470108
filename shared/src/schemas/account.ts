import { z } from 'zod';
import { emailAddressSchema, languageSchema, newPasswordSchema, sessionUserSchema } from './auth.js';
import { isoDateTimeSchema } from './common.js';

/** A single-use link token as mailed (43 base64url characters); stored only as its hash. */
export const linkTokenSchema = z.string().trim().min(20).max(200);

/** "Check your mailbox": sign-up, reset and address changes answer this whatever the account's state. */
export const mailSentResponseSchema = z.object({ status: z.literal('mail_sent') }).meta({ id: 'MailSent' });

export const tokenBodySchema = z.strictObject({ token: linkTokenSchema });

export const passwordResetRequestSchema = z.strictObject({
  /** The e-mail or mobile number the account signs in with. */
  login: z.string().trim().min(1).max(254),
  /** The language of the mail when no account is found (an account's own language wins). */
  language: languageSchema.optional(),
});

export const passwordResetBodySchema = z.strictObject({
  token: linkTokenSchema,
  newPassword: newPasswordSchema,
});

export const emailChangeBodySchema = z.strictObject({
  email: emailAddressSchema,
  currentPassword: z.string().min(1).max(128),
});

export const languageBodySchema = z.strictObject({ language: languageSchema });

/** How mail leaves this platform: `smtp`, written to the server `log` (development), or `off`. */
export const mailDeliverySchema = z.enum(['smtp', 'log', 'off']);
export type MailDelivery = z.infer<typeof mailDeliverySchema>;

/** The signed-in person's own e-mail address and its state (shown to them unmasked). */
export const emailStatusSchema = z
  .object({
    /** Where mail goes: the login when it is an e-mail, else the verified contact address (or null). */
    address: z.string().nullable(),
    /** True when the login itself is the address (changing the address changes the login). */
    isLogin: z.boolean(),
    verified: z.boolean(),
    /** Mail to the address failed for good (a 5xx answer or a bounce): the person should fix it. */
    undeliverable: z.object({ at: isoDateTimeSchema, reason: z.string() }).nullable(),
    /** An address change waiting for its confirmation link to be followed. */
    pendingAddress: z.string().nullable(),
    delivery: mailDeliverySchema,
  })
  .meta({ id: 'EmailStatus' });
export type EmailStatus = z.infer<typeof emailStatusSchema>;

/** After following a sign-up or reset link: signed in, with a fresh CSRF token. */
export const signedInResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });

/** The address a verification or change link confirmed, masked (the link may be opened signed out). */
export const emailConfirmedResponseSchema = z.object({ address: z.string() });

/**
 * A bounce reported by the mail provider (its webhook, or a small relay in front of it): the
 * address that bounced and why. Authenticated with `Authorization: Bearer <MAIL_WEBHOOK_SECRET>`.
 */
export const bounceReportSchema = z.strictObject({
  recipient: emailAddressSchema,
  reason: z.string().trim().min(1).max(300),
  /** Only permanent (hard) bounces mark an address; soft ones are ignored. */
  permanent: z.boolean().default(true),
});
