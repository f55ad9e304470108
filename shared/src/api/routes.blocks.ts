import { z } from 'zod';
import { blockSchema, createBlockBodySchema } from '../schemas/blocks.js';
import { idParamsSchema } from '../schemas/common.js';
import { defineRoute } from './contract.js';

export const blockRoutes = {
  mine: defineRoute({
    method: 'get',
    path: '/api/blocks',
    summary: 'The blocks I made (a worker) or my organisation made (a member)',
    tags: ['blocks'],
    access: ['worker', 'org'],
    response: z.object({ items: z.array(blockSchema) }),
  }),
  create: defineRoute({
    method: 'post',
    path: '/api/blocks',
    summary: 'Block an organisation (a worker) or a worker (a member): no conversations or invitations between them',
    description: 'Blocking twice keeps the first block. Nobody is told.',
    tags: ['blocks'],
    access: ['worker', 'org'],
    body: createBlockBodySchema,
    response: blockSchema,
    status: 201,
    errors: ['not_found', 'validation_failed'],
  }),
  remove: defineRoute({
    method: 'delete',
    path: '/api/blocks/:id',
    summary: 'Lift a block I (or my organisation) made',
    tags: ['blocks'],
    access: ['worker', 'org'],
    params: idParamsSchema,
    response: z.object({ ok: z.literal(true) }),
    errors: ['not_found'],
  }),
};
