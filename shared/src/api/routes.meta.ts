import { z } from 'zod';
import { healthSchema, vocabularySchema } from '../schemas/meta.js';
import { defineRoute } from './contract.js';

export const metaRoutes = {
  health: defineRoute({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and dependency status',
    description: '`degraded` when the database or the search engine is down; the answer is 200 either way.',
    tags: ['meta'],
    access: 'public',
    response: healthSchema,
  }),
  vocabulary: defineRoute({
    method: 'get',
    path: '/api/meta/vocabulary',
    summary: 'Service domains, certificate levels, talent categories, organisation types and places',
    tags: ['meta'],
    access: 'public',
    response: vocabularySchema,
  }),
  openapi: defineRoute({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This OpenAPI 3.1 document',
    tags: ['meta'],
    access: 'public',
    response: z.record(z.string(), z.unknown()),
  }),
  docs: defineRoute({
    method: 'get',
    path: '/api/docs',
    summary: 'Interactive API documentation',
    tags: ['meta'],
    access: 'public',
    response: null,
    produces: 'text/html',
  }),
} as const;
