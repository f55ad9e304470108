import { z } from 'zod';
import { idParamsSchema, pageOf, paginationQuerySchema } from '../schemas/common.js';
import { erasureReportSchema, exportSummaryQuerySchema } from '../schemas/privacy.js';
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
    description:
      'A JSON document `{ format: "shsw.personal-data-export", version: 1, exportedAt, subject, sections }`: one ' +
      'section per kind of data (see docs/personal-data.md), each always present (empty when there is nothing).',
    tags: ['privacy'],
    access: 'signed_in',
    response: null,
    produces: 'application/json',
  }),
  exportSummary: defineRoute({
    method: 'get',
    path: '/api/me/export/summary',
    summary: 'The same export as a readable summary (Markdown, in Chinese or English)',
    tags: ['privacy'],
    access: 'signed_in',
    query: exportSummaryQuerySchema,
    response: null,
    produces: 'text/markdown',
  }),
  deleteAccount: defineRoute({
    method: 'delete',
    path: '/api/me',
    summary: 'Delete the account: personal data erased, or anonymised where statistics and logs need it',
    description:
      'Answers what was erased, what was kept without what identifies the person, and what was kept as it ' +
      'is, each with its reason. The last owner of an organisation must hand it over or close it first.',
    tags: ['privacy'],
    access: 'signed_in',
    body: deleteAccountBodySchema,
    response: erasureReportSchema,
    errors: ['invalid_credentials', 'too_many_attempts', 'organisation_owner'],
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
