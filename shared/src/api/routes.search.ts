import { z } from 'zod';
import { idParamsSchema } from '../schemas/common.js';
import {
  candidateMatchSchema,
  matchesQuerySchema,
  positionHitSchema,
  positionMatchSchema,
  positionSearchQuerySchema,
  searchResponseOf,
  streetFacetQuerySchema,
  streetFacetResponseSchema,
  talentHitSchema,
  talentSearchQuerySchema,
} from '../schemas/search.js';
import { defineRoute } from './contract.js';

export const searchRoutes = {
  positions: defineRoute({
    method: 'get',
    path: '/api/positions/search',
    summary: 'Search open positions with facets (public)',
    description:
      'Repeat a filter to OR its values (`domain=elderly_care&domain=child_welfare`); different filters AND. Facet counts are disjunctive. Salary filters match ranges that overlap.',
    tags: ['search'],
    access: 'public',
    query: positionSearchQuerySchema,
    response: searchResponseOf(positionHitSchema),
    errors: ['search_unavailable'],
  }),
  positionStreets: defineRoute({
    method: 'get',
    path: '/api/positions/search/streets',
    summary: 'Streets/towns with open positions, matching a prefix (the searchable street facet)',
    tags: ['search'],
    access: 'public',
    query: streetFacetQuerySchema,
    response: streetFacetResponseSchema,
    errors: ['search_unavailable'],
  }),
  talent: defineRoute({
    method: 'get',
    path: '/api/talent/search',
    summary: 'Search visible talent records (verified organisations and the bureau; masked)',
    tags: ['search'],
    access: ['org', 'bureau', 'admin'],
    query: talentSearchQuerySchema,
    response: searchResponseOf(talentHitSchema),
    errors: ['search_unavailable', 'not_verified'],
  }),
  positionMatches: defineRoute({
    method: 'get',
    path: '/api/positions/:id/matches',
    cost: 'heavy',
    summary: 'Ranked candidates for a position, each with its score and reasons (that organisation)',
    tags: ['matching'],
    access: ['org'],
    params: idParamsSchema,
    query: matchesQuerySchema,
    response: z.object({ items: z.array(candidateMatchSchema) }),
    errors: ['not_found', 'not_verified', 'search_unavailable'],
  }),
  myMatches: defineRoute({
    method: 'get',
    path: '/api/me/matches',
    cost: 'heavy',
    summary: "Open positions ranked for the worker's record, with reasons; `personalised=false` for the newest instead",
    tags: ['matching'],
    access: ['worker'],
    query: matchesQuerySchema,
    response: z.object({ items: z.array(positionMatchSchema) }),
    errors: ['search_unavailable'],
  }),
} as const;
