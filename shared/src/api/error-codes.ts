/**
 * Every error code the API answers with, and its HTTP status. Codes are stable snake_case;
 * clients translate them (see client/src/locales), messages are for developers and logs.
 */
export const errorStatus = {
  invalid_json: 400,
  validation_failed: 400,
  bad_request: 400,
  /** A mailed link that is unknown, already used or expired. */
  link_invalid: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_verified: 403,
  not_found: 404,
  conflict: 409,
  already_exists: 409,
  invalid_transition: 409,
  /** The last owner of an organisation: hand it over or close it before deleting the account. */
  organisation_owner: 409,
  /** A worker already keeps the most bookmarks allowed (MAX_BOOKMARKS). */
  bookmark_limit: 409,
  /** Invitations to apply: the account's address is not verified yet (issue 12: invitations wait for it). */
  email_not_verified: 403,
  /** The organisation sent its daily number of invitations to apply (Shanghai calendar day). */
  invitation_quota_exceeded: 429,
  /** The applicant's talent record lacks what an employer needs (details.missing: ReadinessItem[]). */
  profile_incomplete: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** Wrong passwords from one source for one account: that source waits, nobody else does. */
  too_many_attempts: 429,
  internal_error: 500,
  service_unavailable: 503,
  /** E-mail is off on this platform (SMTP_URL unset in production), so no link can be sent. */
  mail_unavailable: 503,
  search_unavailable: 503,
  database_unavailable: 503,
  server_busy: 503,
} as const;

export type ApiErrorCode = keyof typeof errorStatus;
export const apiErrorCodes = Object.keys(errorStatus) as [ApiErrorCode, ...ApiErrorCode[]];
