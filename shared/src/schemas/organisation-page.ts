import { z } from 'zod';
import { positionCardSchema } from './bookmarks.js';
import { pageOf } from './common.js';
import { organisationPublicSchema } from './organisations.js';

export const organisationPageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(1_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

/**
 * An organisation's public page: what it is, where, its published staff figures and its open
 * positions. Only verified organisations that are not closed have one; it never names a person.
 */
export const organisationPageSchema = z
  .object({
    organisation: organisationPublicSchema,
    staff: z.object({
      fullTime: z.number().int(),
      certified: z.number().int(),
      qualified: z.number().int(),
    }),
    /** Open positions by primary service domain. */
    openByDomain: z.record(z.string(), z.number().int()),
    positions: pageOf(positionCardSchema),
  })
  .meta({ id: 'OrganisationPage' });
export type OrganisationPage = z.infer<typeof organisationPageSchema>;
