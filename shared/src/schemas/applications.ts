import { z } from 'zod';
import { applicationStatuses } from '../rules/application-lifecycle.js';
import { isoDateTimeSchema } from './common.js';
import { positionStatusSchema } from './positions.js';
import { talentViewSchema } from './profiles.js';

export const applicationStatusSchema = z.enum(applicationStatuses);

export const applyBodySchema = z.strictObject({ note: z.string().trim().max(1_000).default('') });

export const interviewSchema = z.strictObject({
  at: isoDateTimeSchema,
  place: z.string().trim().min(2).max(200),
});

export const applicationMoveBodySchema = z
  .strictObject({
    to: applicationStatusSchema,
    /** Required when moving to `interview`. */
    interview: interviewSchema.optional(),
    /** A message that goes with the step (shown to the other side). */
    message: z.string().trim().max(500).optional(),
  })
  .refine((b) => b.to !== 'interview' || b.interview !== undefined, {
    path: ['interview'],
    message: 'an interview needs a time and a place',
  });

export const employerNoteBodySchema = z.strictObject({ text: z.string().trim().min(1).max(2_000) });

const historyEntrySchema = z.object({
  status: applicationStatusSchema,
  at: isoDateTimeSchema,
  actor: z.enum(['worker', 'employer', 'system']),
  message: z.string().nullable(),
  interview: z.object({ at: z.string(), place: z.string() }).nullable(),
  /** Why the system ended it (`ended` only): the organisation closed, or was found gone. */
  reason: z.enum(['organisation_closed', 'organisation_missing']).nullable(),
});

export const applicationSchema = z
  .object({
    id: z.string(),
    positionId: z.string(),
    position: z.object({
      id: z.string(),
      title: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      status: positionStatusSchema,
    }),
    status: applicationStatusSchema,
    note: z.string(),
    interview: z.object({ at: z.string(), place: z.string() }).nullable(),
    history: z.array(historyEntrySchema),
    /** For the employer: the applicant's record, masked. Null for the worker. */
    applicant: talentViewSchema.nullable(),
    /** For the employer only: private notes. Null for the worker. */
    employerNotes: z.array(z.object({ at: isoDateTimeSchema, by: z.string(), text: z.string() })).nullable(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Application' });
export type Application = z.infer<typeof applicationSchema>;

export const applicantContactSchema = z.object({
  name: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
});
