import { z } from 'zod';
import { isoDateTimeSchema, objectIdSchema } from './common.js';

/**
 * A block between an organisation and a worker, made by either side. While it stands neither can
 * open a conversation or send an invitation to the other (issue 12). Each side lists and lifts
 * only the blocks it made itself; nobody is told they were blocked.
 */
export const blockSchema = z
  .object({
    id: z.string(),
    /** Who made it: the worker, or a member on the organisation's behalf. */
    by: z.enum(['worker', 'organisation']),
    orgId: z.string(),
    /** The organisation's name (for the worker's own list). */
    orgName: z.string(),
    /** The worker's talent record (its id is the user's). */
    profileId: z.string(),
    /** The worker's name as the organisation may see it (masked), for the organisation's list. */
    workerName: z.string(),
    reason: z.string().nullable(),
    at: isoDateTimeSchema,
  })
  .meta({ id: 'Block' });
export type Block = z.infer<typeof blockSchema>;

/** A worker blocks an organisation by its id; a member blocks a worker by their talent record. */
export const createBlockBodySchema = z.union([
  z.strictObject({ orgId: objectIdSchema, reason: z.string().trim().max(200).optional() }),
  z.strictObject({ profileId: objectIdSchema, reason: z.string().trim().max(200).optional() }),
]);
export type CreateBlockBody = z.input<typeof createBlockBodySchema>;
