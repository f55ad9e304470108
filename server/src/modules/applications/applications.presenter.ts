import type { Application } from '@shsw/shared';
import type { OrganisationDoc } from '../organisations/index.js';
import type { PositionDoc } from '../positions/index.js';
import { type ProfileDoc, presentTalentView } from '../profiles/index.js';
import type { ApplicationDoc } from './application.model.js';

/**
 * The worker sees the timeline; the employer also the applicant's masked record and its own
 * private notes. Neither side ever receives the other's private data.
 */
export function presentApplication(
  a: ApplicationDoc,
  ctx: {
    side: 'worker' | 'employer';
    position: PositionDoc | undefined;
    org: OrganisationDoc | undefined;
    profile?: ProfileDoc | null;
  },
): Application {
  return {
    id: String(a._id),
    positionId: String(a.positionId),
    position: {
      id: String(a.positionId),
      title: ctx.position?.title ?? '',
      orgId: String(a.orgId),
      orgName: ctx.org?.name ?? '',
      status: ctx.position?.status ?? 'closed',
    },
    status: a.status,
    note: a.note,
    interview: a.interview,
    history: a.history.map((h) => ({
      status: h.status,
      at: h.at.toISOString(),
      actor: h.actor,
      message: h.message,
      interview: h.interview,
      reason: h.reason ?? null,
    })),
    applicant: ctx.side === 'employer' && ctx.profile ? presentTalentView(ctx.profile) : null,
    employerNotes:
      ctx.side === 'employer'
        ? a.employerNotes.map((n) => ({ at: n.at.toISOString(), by: n.byName, text: n.text }))
        : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
