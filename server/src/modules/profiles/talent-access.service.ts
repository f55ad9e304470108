import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { AuditEvent, type AuditEventDoc, auditTargetKey, recordAudit } from '../audit/index.js';
import { type OrganisationDoc, OrganisationModel } from '../organisations/index.js';
import type { ProfileDoc } from './profile.model.js';
import { profilePolicy } from './profiles.policy.js';
import type { ProfilesService } from './profiles.service.js';

/** Other people's access to a talent record: masked views and audited reveals. */
export class TalentAccessService {
  constructor(private readonly profiles: ProfilesService) {}

  private async viewingOrg(viewer: Viewer): Promise<OrganisationDoc | null> {
    return viewer.role === 'org' && viewer.orgId
      ? OrganisationModel.findById(viewer.orgId).lean<OrganisationDoc>()
      : null;
  }

  /** A masked record, if the viewer may see it; a refused view looks exactly like a missing record. */
  async view(viewer: Viewer, profileId: string, ip: string | null): Promise<ProfileDoc> {
    const profile = await this.profiles.findById(profileId);
    const org = await this.viewingOrg(viewer);
    if (viewer.role === 'org' && !org) throw new AppError('not_verified', 'register your organisation first');
    const allowed = profilePolicy.canView(
      viewer,
      profile,
      org ? { id: String(org._id), creditCode: org.creditCode, status: org.status } : null,
    );
    if (!allowed) throw notFound('talent record');
    await recordAudit({
      action: 'profile_viewed',
      actor: viewer,
      target: { type: 'profile', id: profileId },
      ip,
      details: org
        ? { viewerKind: 'organisation', viewerName: org.name }
        : { viewerKind: 'bureau', viewerName: '民政局' },
    });
    return profile;
  }

  async revealContact(viewer: Viewer, profileId: string, reason: string, ip: string | null) {
    const profile = await this.profiles.findById(profileId);
    await recordAudit({
      action: 'contact_revealed',
      actor: viewer,
      target: { type: 'profile', id: profileId },
      ip,
      details: { viewerKind: 'bureau', viewerName: '民政局', reason },
    });
    return { name: profile.personal.name, mobile: profile.personal.mobile, email: profile.personal.email };
  }

  /** The holder's "who viewed my profile" list. */
  async viewsOf(profileId: string, page: number, pageSize: number) {
    const { items: events, total } = await sortedPage<AuditEventDoc>(AuditEvent, {
      equals: { targetKey: auditTargetKey({ type: 'profile', id: profileId }) ?? '' },
      oneOf: { action: ['profile_viewed', 'contact_revealed'] },
      sort: { field: 'at', descending: true },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return {
      items: events.map((e) => {
        const details = (e.details ?? {}) as { viewerKind?: string; viewerName?: string };
        return {
          at: e.at.toISOString(),
          viewer: {
            kind: details.viewerKind === 'organisation' ? ('organisation' as const) : ('bureau' as const),
            name: details.viewerName ?? '',
          },
          action: e.action as 'profile_viewed' | 'contact_revealed',
        };
      }),
      total,
      page,
      pageSize,
    };
  }
}
