import { z } from 'zod';

/**
 * What the signed-in worker has already done with a position, set by the server on search hits
 * and recommendations (null for anyone else).
 */
export const viewerMarksSchema = z
  .object({
    applied: z.boolean(),
    bookmarked: z.boolean(),
    /** An organisation's invitation to apply to this position waits for the worker's answer. */
    invited: z.boolean(),
  })
  .meta({ id: 'ViewerMarks' });
export type ViewerMarks = z.infer<typeof viewerMarksSchema>;
