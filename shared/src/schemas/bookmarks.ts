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
