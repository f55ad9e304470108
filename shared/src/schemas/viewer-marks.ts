import { z } from 'zod';

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
