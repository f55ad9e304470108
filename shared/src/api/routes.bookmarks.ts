import { z } from 'zod';
import { bookmarkListQuerySchema, bookmarkParamsSchema, bookmarkSchema } from '../schemas/bookmarks.js';
import { pageOf } from '../schemas/common.js';
import { defineRoute } from './contract.js';

export const bookmarkRoutes = {
  mine: defineRoute({
    method: 'get',
    path: '/api/me/bookmarks',
    summary: 'The positions I bookmarked, newest first (closed and filled ones stay, marked by their status)',
    tags: ['bookmarks'],
    access: ['worker'],
    query: bookmarkListQuerySchema,
    response: pageOf(bookmarkSchema),
  }),
  put: defineRoute({
    method: 'put',
    path: '/api/me/bookmarks/:positionId',
    summary: 'Bookmark a published position (bookmarking it again changes nothing)',
    tags: ['bookmarks'],
    access: ['worker'],
    params: bookmarkParamsSchema,
    response: z.object({ bookmarked: z.literal(true) }),
    errors: ['not_found', 'bookmark_limit'],
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/api/me/bookmarks/:positionId',
    summary: 'Remove a bookmark (removing one that is not there changes nothing)',
    tags: ['bookmarks'],
    access: ['worker'],
    params: bookmarkParamsSchema,
    response: z.object({ bookmarked: z.literal(false) }),
  }),
};
