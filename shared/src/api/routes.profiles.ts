import { z } from 'zod';
import { idParamsSchema, pageOf, paginationQuerySchema } from '../schemas/common.js';
import {
  contactRevealSchema,
  deleteAccountBodySchema,
  idCardBodySchema,
  ownProfileSchema,
  profileViewSchema,
  talentViewSchema,
  updateProfileBodySchema,
} from '../schemas/profiles.js';
import { consentSchema } from '../schemas/registry.js';
import { defineRoute } from './contract.js';

const ok = z.object({ ok: z.literal(true) });

export const profileRoutes = {
  get: defineRoute({
    method: 'get',
    path: '/api/me/profile',
    summary: "The worker's own talent record with its computed badges",
    tags: ['talent record'],
    access: ['worker'],
    response: ownProfileSchema,
  }),
  update: defineRoute({
    method: 'patch',
    path: '/api/me/profile',
    summary: 'Replace the named sections of the talent record',
    description:
      'Certificates keep their verification while level and number are unchanged; a changed one is claimed again.',
    tags: ['talent record'],
    access: ['worker'],
    body: updateProfileBodySchema,
    response: ownProfileSchema,
    errors: ['conflict'],
  }),
  setIdCard: defineRoute({
    method: 'put',
    path: '/api/me/profile/id-card',
    summary: 'Store the ID-card number (encrypted) with a separate explicit consent',
    tags: ['talent record'],
    access: ['worker'],
    body: idCardBodySchema,
    response: ownProfileSchema,
  }),
  removeIdCard: defineRoute({
    method: 'delete',
    path: '/api/me/profile/id-card',
    summary: 'Withdraw the ID-card consent; the number is deleted',
    tags: ['talent record'],
    access: ['worker'],
    response: ownProfileSchema,
  }),
  views: defineRoute({
    method: 'get',
    path: '/api/me/profile/views',
    summary: 'Who viewed the profile or revealed its contact details',
    tags: ['talent record'],
    access: ['worker'],
    query: paginationQuerySchema,
    response: pageOf(profileViewSchema),
  }),
  consents: defineRoute({
    method: 'get',
    path: '/api/me/consents',
    summary: 'Consent records with notice version and time',
    tags: ['privacy'],
    access: 'signed_in',
    response: z.object({ items: z.array(consentSchema) }),
  }),
  exportData: defineRoute({
    method: 'get',
    path: '/api/me/export',
    cost: 'heavy',
    summary: 'Everything the platform holds about the caller, as a JSON download',
    tags: ['privacy'],
    access: 'signed_in',
    response: null,
    produces: 'application/json',
  }),
  deleteAccount: defineRoute({
    method: 'delete',
    path: '/api/me',
    summary: 'Delete the account and talent record from the database and every index; sessions end',
    tags: ['privacy'],
    access: 'signed_in',
    body: deleteAccountBodySchema,
    response: ok,
    errors: ['invalid_credentials', 'too_many_attempts', 'conflict'],
  }),
  viewTalent: defineRoute({
    method: 'get',
    path: '/api/talent/:id',
    summary: 'A talent record as an organisation or the bureau may see it (masked; the view is recorded)',
    tags: ['talent record'],
    access: ['org', 'bureau', 'admin'],
    params: idParamsSchema,
    response: talentViewSchema,
    errors: ['not_found', 'not_verified'],
  }),
  revealContact: defineRoute({
    method: 'post',
    path: '/api/talent/:id/contact',
    summary: 'Reveal unmasked contact details (bureau, with a reason; recorded in the audit log)',
    tags: ['talent record'],
    access: ['bureau', 'admin'],
    params: idParamsSchema,
    body: z.strictObject({ reason: z.string().trim().min(4).max(300) }),
    response: contactRevealSchema,
    errors: ['not_found'],
  }),
} as const;
