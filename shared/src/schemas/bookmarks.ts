import { z } from 'zod';
import { employmentTypeSchema } from '../vocabulary/employment.js';
import { organisationTypeSchema } from '../vocabulary/organisation-types.js';
import { serviceDomainSchema } from '../vocabulary/service-domains.js';
import { isoDateSchema, isoDateTimeSchema, objectIdSchema, paginationQuerySchema } from './common.js';
import { positionStatusSchema } from './positions.js';

/** How many positions one worker may keep bookmarked; the next one is refused with `bookmark_limit`. */
export const MAX_BOOKMARKS = 500;

/**
 * A position as a small card (bookmarks, an organisation's public page): enough to recognise it
 * and to see whether it still takes applications. Closed and filled positions keep their card.
 */
export const positionCardSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    orgType: organisationTypeSchema,
    orgVerified: z.boolean(),
    primaryDomain: serviceDomainSchema,
    districtCode: z.string(),
    streetCode: z.string(),
    employmentType: employmentTypeSchema,
    salaryMin: z.number().int(),
    salaryMax: z.number().int(),
    status: positionStatusSchema,
    publishedAt: isoDateTimeSchema.nullable(),
    deadline: isoDateSchema.nullable(),
    acceptsApplications: z.boolean(),
  })
  .meta({ id: 'PositionCard' });
export type PositionCard = z.infer<typeof positionCardSchema>;

/**
 * What the signed-in worker has already done with a position, set by the server on search hits
 * and recommendations (null for anyone else). Invitations will add `invited` here.
 */
export const viewerMarksSchema = z
  .object({
    applied: z.boolean(),
    bookmarked: z.boolean(),
  })
  .meta({ id: 'ViewerMarks' });
export type ViewerMarks = z.infer<typeof viewerMarksSchema>;

export const bookmarkSchema = z
  .object({
    positionId: z.string(),
    at: isoDateTimeSchema,
    position: positionCardSchema,
  })
  .meta({ id: 'Bookmark' });
export type Bookmark = z.infer<typeof bookmarkSchema>;

export const bookmarkParamsSchema = z.strictObject({ positionId: objectIdSchema });
export const bookmarkListQuerySchema = paginationQuerySchema;
